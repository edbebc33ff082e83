"""Uploaded images: checked before they are stored, then re-encoded into the sizes pages use.

An upload is untrusted bytes handed to an image decoder, so it is refused unless
it is a JPEG, PNG or WebP (judged by content, not by its name), at most
``MAX_BYTES`` long, at most ``MAX_PIXELS`` pixels (read from the header before
anything is decoded) and decodes completely. What is stored is never the upload
itself: it is re-encoded as WebP, which drops EXIF and GPS metadata and anything
appended to the file, in two renditions (``RENDITIONS``), under a random name, so that
nobody can find an image by guessing its name.

Decoding happens in a short-lived child process (``encode_upload``): a 40-megapixel
image takes several hundred MB to decode, which a web worker would otherwise keep
for the rest of its life, and a decoder fed hostile bytes can only take the child down.
"""

import io
import json
import resource
import secrets
import subprocess
import sys
import warnings
from dataclasses import dataclass
from pathlib import PurePosixPath

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.urls import reverse
from PIL import Image, ImageOps

MAX_BYTES = 5 * 1024 * 1024
# Well below Pillow's own decompression-bomb limit (about 89 megapixels).
MAX_PIXELS = 40_000_000
ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP"}
ACCEPTED_MIME_TYPES = "image/jpeg,image/png,image/webp"
# The largest box each rendition fits in, keeping the image's proportions.
RENDITIONS = {"display": (800, 800), "thumbnail": (160, 160)}
STORED_FORMAT, STORED_EXTENSION, STORED_QUALITY = "WEBP", ".webp", 82
# The child process that decodes an upload: far more than any image within the limits
# needs (under 1 GB of address space, and a few seconds), so only a bomb reaches them.
DECODER_ADDRESS_SPACE = 2 * 1024**3
DECODER_SECONDS = 60

ALT_REQUIRED = "Describe what the image shows, for people who cannot see it."
CREDIT_REQUIRED = "Say who made the image or holds its rights, e.g. “Photo: NATO”."


def _refuse(message):
    return ValidationError(message, code="invalid_image")


def _check_size(file):
    if file.size > MAX_BYTES:
        raise _refuse(
            f"The file is {file.size / 1024 / 1024:.1f} MB; images can be at most "
            f"{MAX_BYTES // 1024 // 1024} MB."
        )


UNREADABLE = (
    "This file could not be read as an image: it is damaged, incomplete or not an "
    "image at all. Upload a JPEG, PNG or WebP file."
)


def open_upload(file):
    """The upload decoded by Pillow, or a ValidationError saying why it is refused."""
    _check_size(file)
    try:
        # Pillow only warns below twice its limit; a warning here is a refusal.
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            file.seek(0)
            image = Image.open(file)  # Reads the header only.
            _check_header(image)
            image.verify()  # Checksums and structure, without decoding the pixels.
            file.seek(0)
            image = Image.open(file)
            image.load()  # Decodes everything: a truncated file fails here.
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _refuse(_too_many_pixels_message()) from None
    except Exception:  # noqa: BLE001 - a decoder fed hostile bytes can raise anything.
        raise _refuse(UNREADABLE) from None
    return image


def _check_header(image):
    if image.format not in ACCEPTED_FORMATS:
        raise _refuse(f"This is a {image.format} image; upload a JPEG, PNG or WebP file instead.")
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise _refuse(_too_many_pixels_message(f"It is {width} × {height} pixels. "))


def _too_many_pixels_message(detail=""):
    return (
        f"This image has too many pixels. {detail}Images can have at most "
        f"{MAX_PIXELS // 1_000_000} million pixels (e.g. 8000 × 5000)."
    )


def fitted_size(size, box):
    """``size`` scaled down, keeping its proportions, to fit in ``box``; never scaled up."""
    (width, height), (box_width, box_height) = size, box
    scale = min(1, box_width / width, box_height / height)
    return max(1, round(width * scale)), max(1, round(height * scale))


def encode_renditions(image):
    """Each rendition's bytes and size: resized to fit its box and encoded without any metadata.

    Every rendition is made from the display one, so its size is exactly
    ``fitted_size(display size, box)``: what ``Picture`` reports without opening files.
    """
    image = ImageOps.exif_transpose(image)  # Keep photos upright once EXIF is gone.
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    image = image.convert("RGBA" if has_alpha else "RGB")
    encoded = {}
    for rendition, box in RENDITIONS.items():  # "display" comes first.
        image = image.resize(fitted_size(image.size, box), Image.Resampling.LANCZOS)
        output = io.BytesIO()
        image.save(output, STORED_FORMAT, quality=STORED_QUALITY)
        encoded[rendition] = output.getvalue(), image.size
    return encoded


def encode_upload(file):
    """``encode_renditions`` of the upload, done in a child process; or a ValidationError.

    The child (``python -m events.images``) reads the upload on its standard input and
    answers with a line of JSON, either ``{"refused": message}`` or each rendition's
    byte count and size, followed by the renditions' bytes in ``RENDITIONS`` order.
    """
    _check_size(file)  # Before reading it, let alone handing it over.
    file.seek(0)
    try:
        child = subprocess.run(
            [sys.executable, "-m", "events.images"],
            input=file.read(),
            capture_output=True,
            timeout=DECODER_SECONDS,
            cwd=settings.BASE_DIR,  # Where ``events`` can be imported from.
            check=True,
        )
        header, _, content = child.stdout.partition(b"\n")
        answer = json.loads(header)
        if "refused" in answer:
            raise _refuse(answer["refused"])
        encoded, start = {}, 0
        for rendition in RENDITIONS:
            length, width, height = answer[rendition]
            encoded[rendition] = content[start : start + length], (width, height)
            start += length
    # Crashed, killed, out of time, or (a decoder subverted) answering nonsense.
    except (OSError, subprocess.SubprocessError, LookupError, TypeError, ValueError):
        raise _refuse(UNREADABLE) from None
    return encoded


def _encode_standard_input():
    """The child process's side of ``encode_upload``."""
    resource.setrlimit(resource.RLIMIT_AS, (DECODER_ADDRESS_SPACE, DECODER_ADDRESS_SPACE))
    try:
        encoded = encode_renditions(open_upload(ContentFile(sys.stdin.buffer.read())))
    except ValidationError as error:
        answer, content = {"refused": error.messages[0]}, []
    except Exception:  # noqa: BLE001 - MemoryError, or a decoder failing in any other way.
        answer, content = {"refused": UNREADABLE}, []
    else:
        answer = {rendition: [len(data), *size] for rendition, (data, size) in encoded.items()}
        content = [data for data, _size in encoded.values()]
    sys.stdout.buffer.write(json.dumps(answer).encode() + b"\n" + b"".join(content))


def rendition_name(name, rendition):
    """Where a rendition of the stored display image lives, beside it."""
    if rendition == "display":
        return name
    path = PurePosixPath(name)
    return str(path.with_name(f"{path.stem}.{rendition}{path.suffix}"))


def display_name(name):
    """The display image that ``name`` is a rendition of (``name`` itself if it is one)."""
    path = PurePosixPath(name)
    stem, dot, rendition = path.stem.rpartition(".")
    if dot and rendition in RENDITIONS:
        display = str(path.with_name(stem + path.suffix))
        if rendition_name(display, rendition) == name:
            return display
    return name


@dataclass(frozen=True)
class Rendition:
    """What an ``<img>`` needs: the file's address, its size, and the texts that go with it."""

    url: str
    width: int
    height: int
    alt: str
    credit: str


@dataclass(frozen=True)
class Picture:
    """A stored image with its alt text and credit, in every rendition."""

    file: models.fields.files.ImageFieldFile
    alt: str
    credit: str

    @classmethod
    def of(cls, file, alt, credit):
        stored = file and getattr(file.instance, file.field.width_field)
        return cls(file, alt, credit) if stored else None

    def _rendition(self, rendition):
        field, instance = self.file.field, self.file.instance
        stored = (getattr(instance, field.width_field), getattr(instance, field.height_field))
        width, height = fitted_size(stored, RENDITIONS[rendition])
        url = reverse("media", kwargs={"path": rendition_name(self.file.name, rendition)})
        return Rendition(url, width, height, self.alt, self.credit)

    @property
    def display(self):
        return self._rendition("display")

    @property
    def thumbnail(self):
        return self._rendition("thumbnail")


def image_text_errors(image, alt_field, alt, credit_field, credit):
    """Errors, keyed by field, for the alt text and credit an image must come with."""
    if not image:
        return {}
    errors = {}
    if not alt.strip():
        errors[alt_field] = ALT_REQUIRED
    if not credit.strip():
        errors[credit_field] = CREDIT_REQUIRED
    return errors


class UploadedImageFormField(forms.ImageField):
    """Refuses anything ``open_upload`` refuses, with its message, before it is stored.

    The renditions are kept on the upload (as Django's own ImageField keeps the decoded
    image), so that saving it does not decode it a second time.
    """

    def to_python(self, data):
        file = forms.FileField.to_python(self, data)
        if file is not None:
            file.renditions = encode_upload(file)
            file.seek(0)
        return file

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if isinstance(widget, forms.FileInput) and "accept" not in widget.attrs:
            attrs["accept"] = ACCEPTED_MIME_TYPES
        return attrs


class RenditionImageField(models.ImageField):
    """An image stored only as re-encoded renditions; the field names the display one.

    The display rendition's size is kept in ``width_field`` and ``height_field``;
    the thumbnail sits beside it (see ``rendition_name``) and its size follows from
    the display size. Files are kept when an image is replaced, so that reverting
    to an earlier version of the record brings its image back.
    """

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        if file and not file._committed:
            # Encoded by the form if it came through one.
            encoded = dict(getattr(file.file, "renditions", None) or encode_upload(file))
            content, (width, height) = encoded.pop("display")
            # Random, not the upload's name: a draft's image cannot be found by guessing.
            name = secrets.token_urlsafe(18) + STORED_EXTENSION
            file.save(name, ContentFile(content), save=False)
            setattr(model_instance, self.width_field, width)
            setattr(model_instance, self.height_field, height)
            for rendition, (content, _size) in encoded.items():
                name = rendition_name(file.name, rendition)
                file.storage.delete(name)  # Only ever a leftover: the display name is new.
                file.storage.save(name, ContentFile(content))
        return super().pre_save(model_instance, add)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "help_text",
            "A JPEG, PNG or WebP image of at most 5 MB. It is stored resized and without its "
            "metadata (camera, location).",
        )
        super().__init__(*args, **kwargs)

    def update_dimension_fields(self, instance, force=False, *args, **kwargs):
        # pre_save records the size of the rendition it stores. Django would instead
        # re-read the file whenever the field is assigned, and fail if it is missing
        # from storage; only clearing the image needs handling here. A deferred image
        # (``only()``, ``defer()``) is left alone: reading it would cost a query a row.
        if self.attname not in instance.__dict__:
            return
        if not getattr(instance, self.attname):
            setattr(instance, self.width_field, None)
            setattr(instance, self.height_field, None)

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": UploadedImageFormField, **kwargs})


if __name__ == "__main__":
    _encode_standard_input()
