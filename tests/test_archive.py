"""The zip writer writes what Python's zipfile writes for the same members,
to the byte, whether a member comes compressed ahead or not, and zip64
records where zipfile would write them."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from cphub.outputs import archive

MOMENT = dt.datetime(2026, 11, 1)


def members() -> list[tuple[str, bytes]]:
    """Names in several scripts, empty and repetitive and incompressible data."""
    found = [("index.html", b""), ("assets/app.js", bytes(range(256)) * 40)]
    found += [(f"briefs/{i:03}/index.html", b"<p>Case management</p>\n" * i) for i in range(1, 60)]
    found += [("fr/pr\u00e9vention/index.html", "<p>Prot\u00e9ger</p>".encode()),
              ("ar/\u062d\u0645\u0627\u064a\u0629/index.html", "<p>\u062d\u0645\u0627\u064a\u0629</p>".encode())]
    return sorted(found)


def with_zipfile(files: list[tuple[str, bytes]], target, top: str) -> bytes:
    """The reference: what archive.py did with zipfile before it wrote zips itself."""
    with zipfile.ZipFile(target, "w") as written:
        for rel, data in files:
            info = zipfile.ZipInfo(f"{top}/{rel}", date_time=MOMENT.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            written.writestr(info, data, compresslevel=archive.LEVEL)
    return target.read_bytes()


def with_archive(files: list[tuple[str, bytes]], target, top: str, ahead: bool) -> bytes:
    given = [(rel, archive.deflated(data) if ahead and i % 2 else data) for i, (rel, data) in enumerate(files)]
    return archive.write_zip(given, target, top, MOMENT).read_bytes()


@pytest.mark.parametrize("ahead", [False, True], ids=["as bytes", "half compressed ahead"])
def test_the_zip_is_zipfiles_to_the_byte_and_reads_back(tmp_path, ahead):
    files = members()
    ours = with_archive(files, tmp_path / "ours.zip", "hub", ahead)
    assert ours == with_zipfile(files, tmp_path / "theirs.zip", "hub")
    with zipfile.ZipFile(tmp_path / "ours.zip") as read:
        assert read.testzip() is None
        assert [(i.filename, read.read(i)) for i in read.infolist()] == [(f"hub/{r}", d) for r, d in files]
        assert {i.external_attr >> 16 for i in read.infolist()} == {0o644}
    assert not list(tmp_path.glob("*.partial"))


@pytest.mark.parametrize("limit", [64, 3000], ids=["every member and offset", "later offsets only"])
def test_zip64_records_where_zipfile_writes_them(tmp_path, monkeypatch, limit):
    """Sizes and offsets past the limit (lowered here, 2 GiB in truth) go
    into zip64 records, and zipfile reads them back."""
    monkeypatch.setattr(archive, "ZIP64_LIMIT", limit)
    monkeypatch.setattr(zipfile, "ZIP64_LIMIT", limit)
    files = members()
    ours = with_archive(files, tmp_path / "ours.zip", "hub", ahead=True)
    assert b"PK\006\006" in ours
    assert ours == with_zipfile(files, tmp_path / "theirs.zip", "hub")
    with zipfile.ZipFile(tmp_path / "ours.zip") as read:
        assert read.testzip() is None
        assert read.read("hub/briefs/059/index.html") == b"<p>Case management</p>\n" * 59


def test_more_members_than_the_end_record_counts(tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "COUNT_LIMIT", 20)
    monkeypatch.setattr(zipfile, "ZIP_FILECOUNT_LIMIT", 20)
    files = members()
    ours = with_archive(files, tmp_path / "ours.zip", "hub", ahead=False)
    assert ours == with_zipfile(files, tmp_path / "theirs.zip", "hub")
    with zipfile.ZipFile(tmp_path / "ours.zip") as read:
        assert len(read.infolist()) == len(files)


def test_a_file_the_zip_before_holds_under_another_name_is_taken_as_stored(tmp_path):
    moment = dt.datetime(2026, 11, 21)
    record = b'cphubLibrary.record(3, {"title": "Care plans"});\n' * 20
    before = archive.write_zip([("library/aaa/r/3.js", record), ("library/aaa/r/4.js", b"x" * len(record))],
                               tmp_path / "before.zip", "hub", moment)
    previous = archive.Previous(before)
    try:
        kept = previous.holding(record)
        assert kept is not None and kept == archive.deflated(record)  # the same bytes a build from nothing writes
        assert previous.holding(record + b"\n") is None
        # A checksum and size that match other bytes (as two files may): compared, and refused.
        previous.by_content[(archive.zlib.crc32(b"y" * len(record)), len(record))] = "hub/library/aaa/r/4.js"
        assert previous.holding(b"y" * len(record)) is None
    finally:
        previous.close()
