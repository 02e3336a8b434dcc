"""The offline zip: one top folder with index.html at its top, reproducible
to the byte (sorted members, fixed timestamps and permissions).

Members can be compressed ahead (`deflated`), one by one as the build renders
them, and written as they are: Python's zipfile compresses whatever it is
given and has no public way to take compressed data, so a large hub's pages
were compressed twice and the second time after the last page, while the
build waited. The writer below takes both. It writes what zipfile writes for
the same members, to the byte (a test compares the two), zip64 records
included where sizes or counts need them.
"""

from __future__ import annotations

import datetime as dt
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable

# Deflate level 6: within a few per cent of level 9's size at a third of its time.
LEVEL = 6

DEFLATED = 8  # the one method written: every member is deflated
ZIP64_LIMIT = (1 << 31) - 1  # zipfile's: beyond it, sizes and offsets go in zip64 records
COUNT_LIMIT = 0xFFFF
VERSION, ZIP64_VERSION = 20, 45
UTF8_NAME = 0x800
UNIX = 3
PERMISSIONS = 0o644 << 16


@dataclass(frozen=True)
class Member:
    """A file's data as it goes into the zip."""
    data: bytes  # deflated
    crc: int
    size: int  # uncompressed


def deflated(data: bytes) -> Member:
    """`data` compressed as a zip member (raw deflate, no zlib header)."""
    compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    return Member(compressor.compress(data) + compressor.flush(), zlib.crc32(data), len(data))


def write_zip(files: Iterable[tuple[str, bytes | Member]], target: Path, top: str, moment: dt.datetime) -> Path:
    """Write (path, bytes or Member) pairs, already sorted, under `top/`
    into `target` (through a partial file, so that a failed build leaves no
    half zip under the final name)."""
    stamp = max(moment, dt.datetime(1980, 1, 1, tzinfo=moment.tzinfo)).timetuple()[:6]
    partial = target.with_name(target.name + ".partial")
    target.parent.mkdir(parents=True, exist_ok=True)
    with partial.open("wb") as out:
        _write(out, ((f"{top}/{rel}", data if isinstance(data, Member) else deflated(data)) for rel, data in files),
               _dos_time(stamp))
    partial.replace(target)
    return target


def _dos_time(stamp: tuple[int, ...]) -> tuple[int, int]:
    year, month, day, hour, minute, second = stamp
    return hour << 11 | minute << 5 | second // 2, (year - 1980) << 9 | month << 5 | day


def _write(out: BinaryIO, members: Iterable[tuple[str, Member]], when: tuple[int, int]) -> None:
    directory, offset = [], 0
    for name, member in members:
        local, central = _headers(name, member, offset, when)
        out.write(local)
        out.write(member.data)
        directory.append(central)
        offset += len(local) + len(member.data)
    for central in directory:
        out.write(central)
    _write_end(out, len(directory), sum(map(len, directory)), offset)


def _headers(name: str, member: Member, offset: int, when: tuple[int, int]) -> tuple[bytes, bytes]:
    """The member's local header and its entry in the central directory."""
    try:
        encoded, flags = name.encode("ascii"), 0
    except UnicodeEncodeError:
        encoded, flags = name.encode("utf-8"), UTF8_NAME
    compressed, size = len(member.data), member.size
    # As zipfile decides: the local header has zip64 sizes when the data
    # might pass the limit; the directory when it does, and its offset when
    # that does.
    local_wide = size * 1.05 > ZIP64_LIMIT
    big, far = size > ZIP64_LIMIT or compressed > ZIP64_LIMIT, offset > ZIP64_LIMIT
    local_extra = struct.pack("<HHQQ", 1, 16, size, compressed) if local_wide else b""
    local = struct.pack("<4s2B4HL2L2H", b"PK\003\004", ZIP64_VERSION if local_wide else VERSION, 0, flags,
                        DEFLATED, *when, member.crc, *_sizes(local_wide, compressed, size),
                        len(encoded), len(local_extra)) + encoded + local_extra
    wide = ([size, compressed] if big else []) + ([offset] if far else [])
    extra = struct.pack(f"<HH{len(wide)}Q", 1, 8 * len(wide), *wide) if wide else b""
    version = ZIP64_VERSION if wide or local_wide else VERSION
    central = struct.pack("<4s4B4HL2L5H2L", b"PK\001\002", version, UNIX, version, 0, flags, DEFLATED, *when,
                          member.crc, *_sizes(big, compressed, size), len(encoded), len(extra), 0, 0, 0, PERMISSIONS,
                          0xFFFFFFFF if far else offset) + encoded + extra
    return local, central


def _sizes(wide: bool, compressed: int, size: int) -> tuple[int, int]:
    """The header's size fields: in the zip64 record instead when wide."""
    return (0xFFFFFFFF, 0xFFFFFFFF) if wide else (compressed, size)


def _write_end(out: BinaryIO, count: int, size: int, start: int) -> None:
    """The end records: zip64's first when the count, size or start need it."""
    if count > COUNT_LIMIT or start > ZIP64_LIMIT or size > ZIP64_LIMIT:
        at = start + size
        out.write(struct.pack("<4sQ2H2L4Q", b"PK\006\006", 44, ZIP64_VERSION, ZIP64_VERSION, 0, 0, count, count,
                              size, start))
        out.write(struct.pack("<4sLQL", b"PK\006\007", 0, at, 1))
        count, size, start = min(count, 0xFFFF), min(size, 0xFFFFFFFF), min(start, 0xFFFFFFFF)
    out.write(struct.pack("<4s4H2LH", b"PK\005\006", 0, 0, count, count, size, start, 0))


class Previous:
    """A zip written before, whose members can be taken as they are
    (compressed): a rebuild compresses only the files that changed."""

    def __init__(self, path: Path):
        self.path = path
        self.handle: BinaryIO | None = None
        self.by_content: dict[tuple[int, int], str] | None = None
        try:
            with zipfile.ZipFile(path) as archive:
                self.infos = {info.filename: info for info in archive.infolist()}
        except (OSError, zipfile.BadZipFile):
            self.infos = {}

    def member(self, name: str) -> Member | None:
        """The member called `name`, as it is stored, or None."""
        info = self.infos.get(name)
        if info is None or info.compress_type != DEFLATED:
            return None
        if self.handle is None:
            self.handle = self.path.open("rb")
        self.handle.seek(info.header_offset)
        header = self.handle.read(30)
        if len(header) < 30 or header[:4] != b"PK\003\004":
            return None
        name_length, extra_length = struct.unpack("<HH", header[26:30])
        self.handle.seek(info.header_offset + 30 + name_length + extra_length)
        return Member(self.handle.read(info.compress_size), info.CRC, info.file_size)

    def holding(self, data: bytes) -> Member | None:
        """A member whose file is `data`, under any name, as it is stored:
        found by its checksum and size, and compared byte for byte. (After
        one edit the library's index is written under a new folder's name,
        its files most of them the same: nothing to compress again.)"""
        if self.by_content is None:
            self.by_content = {(info.CRC, info.file_size): name for name, info in self.infos.items()}
        name = self.by_content.get((zlib.crc32(data), len(data)))
        member = self.member(name) if name else None
        if member is None or zlib.decompress(member.data, -15) != data:
            return None
        return member

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()
