"""png_colours.py — is a screenshot more than a blank page, and does it
show given colours? For tests/cli_brief_mail.sh, with nothing but
/usr/bin/python3's own zlib: reads an 8-bit RGB or RGBA PNG, not
interlaced (what chromium writes), and counts its distinct colours.
Prints the count; exits 1 when there are fewer than 16 (a blank or
nearly blank page) or a colour asked for is not among them.

    /usr/bin/python3 tests/png_colours.py FILE.png [RRGGBB...]
"""
import struct
import sys
import zlib


def rows(path):
    """The PNG's rows of pixels, unfiltered, and its bytes per pixel."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("%s is not a PNG" % path)
    pos, idat, hdr = 8, [], None
    while pos + 8 <= len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IHDR":
            hdr = struct.unpack(">IIBBBBB", data[pos + 8:pos + 21])
        elif kind == b"IDAT":
            idat.append(data[pos + 8:pos + 8 + n])
        pos += 12 + n
    w, h, depth, ctype, _, _, interlace = hdr
    if depth != 8 or ctype not in (2, 6) or interlace:
        raise ValueError("%s: only 8-bit RGB or RGBA, not interlaced" % path)
    bpp = 3 if ctype == 2 else 4
    raw, stride = zlib.decompress(b"".join(idat)), w * bpp
    prev = bytearray(stride)
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if f == 1:      # Sub
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif f == 2:    # Up
            line = bytearray((a + b) & 255 for a, b in zip(line, prev))
        elif f == 3:    # Average
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif f == 4:    # Paeth
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = prev[i], prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        yield bytes(line), bpp
        prev = line


def main():
    colours = set()
    for line, bpp in rows(sys.argv[1]):
        colours.update(line[i:i + 3] for i in range(0, len(line), bpp))
    print("%d colours" % len(colours))
    faults = ["fewer than 16 colours: a blank page"] if len(colours) < 16 else []
    faults += ["no pixel of #%s" % c for c in sys.argv[2:] if bytes.fromhex(c) not in colours]
    for f in faults:
        print("png_colours: " + f)
    sys.exit(1 if faults else 0)


if __name__ == "__main__":
    main()
