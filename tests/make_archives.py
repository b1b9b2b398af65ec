#!/usr/bin/env python3
"""Hostile and good image archives for test_archive (standard library only).

Usage: make_archives.py DIR GOOD_JPG GOOD_PNG. Writes into DIR:
  mixed.tar.gz  good entries in tweet_images/ and deeper folders, traversal, absolute path, symlink, hard link,
                a FIFO, ratio bombs (100 MB and 16 MB of zeros), HTML named .jpg, an entry over 20 MB, entries of no tweet
  mixed.zip     good entry, HTML named .jpg, traversal, a symlink, ratio bombs
  cut.tar.gz    a good entry, then the archive breaks off in the middle of the next one
  plain.tar     one good entry (uncompressed tar)
"""
import io
import os
import stat
import sys
import tarfile
import zipfile

out, jpg_path, png_path = sys.argv[1:4]
jpg = open(jpg_path, "rb").read()
png = open(png_path, "rb").read()
html = b"<!DOCTYPE html><html><body>Not found</body></html>"
bomb = b"\0" * (100 * 1024 * 1024)  # over the 20 MB cap by its declared size
small_bomb = b"\0" * (16 * 1024 * 1024)  # under the cap: the compression ratio catches it


def add(tar, name, data=b"", kind=tarfile.REGTYPE, link=""):
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = link
    info.size = len(data) if kind == tarfile.REGTYPE else 0
    tar.addfile(info, io.BytesIO(data) if kind == tarfile.REGTYPE else None)


with tarfile.open(os.path.join(out, "mixed.tar.gz"), "w:gz", format=tarfile.GNU_FORMAT) as t:
    add(t, "tweet_images/", kind=tarfile.DIRTYPE)
    add(t, "tweet_images/101.jpg", jpg)
    add(t, "tweet_images/102.png", png)
    add(t, "other/deeper/103.jpg", jpg)
    add(t, "../104.jpg", jpg)
    add(t, "/tmp/105.jpg", jpg)
    add(t, "tweet_images/106.jpg", kind=tarfile.SYMTYPE, link="/etc/passwd")
    add(t, "tweet_images/107.jpg", kind=tarfile.LNKTYPE, link="tweet_images/101.jpg")
    add(t, "tweet_images/108.jpg", bomb)
    add(t, "tweet_images/112.jpg", small_bomb)
    add(t, "tweet_images/109.jpg", html)
    add(t, "tweet_images/110.jpg", os.urandom(21 * 1024 * 1024))
    add(t, "tweet_images/111.jpg", kind=tarfile.FIFOTYPE)
    add(t, "tweet_images/999999.jpg", jpg)
    add(t, "tweet_images/101.png", png)  # a second image of 101: the first one stays
    add(t, "README.txt", b"tweet images")

with zipfile.ZipFile(os.path.join(out, "mixed.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("tweet_images/201.jpg", jpg)
    z.writestr("tweet_images/202.jpg", html)
    z.writestr("../203.jpg", jpg)
    link = zipfile.ZipInfo("tweet_images/204.jpg")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    z.writestr(link, "/etc/passwd")
    z.writestr("tweet_images/205.jpg", bomb)
    z.writestr("tweet_images/206.jpg", small_bomb)

whole = io.BytesIO()
with tarfile.open(fileobj=whole, mode="w:gz") as t:
    add(t, "tweet_images/301.jpg", jpg)
    add(t, "tweet_images/302.jpg", os.urandom(300 * 1024))
data = whole.getvalue()
open(os.path.join(out, "cut.tar.gz"), "wb").write(data[: len(data) - 150 * 1024])

with tarfile.open(os.path.join(out, "plain.tar"), "w") as t:
    add(t, "tweet_images/401.jpg", jpg)
