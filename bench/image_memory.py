"""Peak memory of checking and re-encoding the worst images an upload may be.

    .venv/bin/python bench/image_memory.py

Builds each image below (all within the upload limits, or just past a refusal), then
for each starts a fresh Python process that loads Django, notes its resident memory,
does what saving an upload through the admin does (the form field's check, which
decodes and re-encodes the image in a child process of its own) and reports its peak
resident memory, Linux's ``VmHWM`` (``ru_maxrss`` would report the memory of the
process that built the images, which a child inherits), and the decoding child's
(``ru_maxrss`` of the children).
Results are in docs/performance.md.
"""

import argparse
import io
import json
import os
import resource
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def png(width, height, bit_depth, color_type, channels):
    """A PNG of one flat colour, compressed a row at a time (it may decode to gigabytes)."""

    def chunk(kind, data):
        checksum = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", checksum)

    header = struct.pack(">IIBBBBB", width, height, bit_depth, color_type, 0, 0, 0)
    row = b"\x00" + bytes([0x80]) * (width * channels * bit_depth // 8)
    compressor, data = zlib.compressobj(9), []
    for _ in range(height):
        data.append(compressor.compress(row))
    data.append(compressor.flush())
    palette = chunk(b"PLTE", bytes(range(256)) * 3) if color_type == 3 else b""
    return b"".join(
        [b"\x89PNG\r\n\x1a\n", chunk(b"IHDR", header), palette]
        + [chunk(b"IDAT", b"".join(data)), chunk(b"IEND", b"")]
    )


def pillow_image(image_format, size, mode="RGB", **options):
    from PIL import Image

    output = io.BytesIO()
    Image.new(mode, size, (128,) * len(mode)).save(output, image_format, **options)
    return output.getvalue()


def cases():
    """(name, file name, bytes): at the pixel limit unless the name says otherwise."""
    side = 6320  # 6320 × 6320 ≈ 39.9 million pixels, just under the limit.
    return [
        ("PNG RGBA 16-bit", "a.png", png(side, side, 16, 6, 4)),
        ("PNG grey 16-bit", "b.png", png(side, side, 16, 0, 1)),
        ("PNG RGBA 8-bit", "c.png", png(side, side, 8, 6, 4)),
        ("PNG palette", "d.png", png(side, side, 8, 3, 1)),
        ("JPEG baseline", "e.jpg", pillow_image("JPEG", (side, side))),
        ("JPEG progressive", "f.jpg", pillow_image("JPEG", (side, side), progressive=True)),
        (
            "JPEG progressive 4:4:4",
            "g.jpg",
            pillow_image("JPEG", (side, side), progressive=True, subsampling=0),
        ),
        ("JPEG 40000 × 1000", "h.jpg", pillow_image("JPEG", (40_000, 1_000))),
        ("WebP RGBA lossless", "i.webp", pillow_image("WEBP", (side, side), "RGBA", lossless=True)),
        ("WebP RGB lossy", "j.webp", pillow_image("WEBP", (side, side), quality=50)),
    ]


def peak_rss_mb():
    status = Path("/proc/self/status").read_text()
    return int(status.split("VmHWM:")[1].split()[0]) / 1024


def measure(path):
    """In this fresh process: the upload checked and re-encoded as the admin's form does."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "natorussia.test_settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.exceptions import ValidationError
    from django.core.files.uploadedfile import SimpleUploadedFile

    from events.images import UploadedImageFormField

    upload = SimpleUploadedFile(path.name, path.read_bytes())
    before = peak_rss_mb()
    try:
        UploadedImageFormField().clean(upload)
        outcome = "accepted"
    except ValidationError as error:
        outcome = "refused: " + " ".join(error.messages)
    after = peak_rss_mb()
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"before": before, "peak": after, "child": child, "outcome": outcome}))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.measure:
        measure(arguments.measure)
        return
    print("| Image | File KB | Django loaded MB | Peak MB | Decoding child's peak MB | Outcome |")
    print("| --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as folder:
        for name, file_name, content in cases():
            path = Path(folder) / file_name
            path.write_bytes(content)
            result = subprocess.run(
                [sys.executable, __file__, "--measure", str(path)],
                capture_output=True,
                text=True,
                check=True,
            )
            row = json.loads(result.stdout.splitlines()[-1])
            print(
                f"| {name} | {len(content) / 1024:,.0f} | {row['before']:.0f} | "
                f"{row['peak']:.0f} | {row['child']:.0f} | {row['outcome']} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
