"""cphub: a static knowledge hub for communities of practice in child protection."""

__version__ = "0.1.0"
