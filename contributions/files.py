"""What a contributor may attach, judged by what the file is, never by what it is called.

PDFs and images are recognised by their magic bytes (`filetype`, which Wagtail already
depends on), images are then opened with Pillow to be sure they decode; Office Open XML and
OpenDocument files are zip archives, recognised by the parts every such document must hold.
The stored name (contributions.uploads.private_name) gets the extension of the type found,
whatever the upload was called.
"""

import zipfile
from dataclasses import dataclass

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError


@dataclass(frozen=True)
class FileKind:
    extension: str
    label: str
    kind: str  # "document" or "image"


PDF = FileKind("pdf", "PDF", "document")
DOCX = FileKind("docx", "Word document", "document")
XLSX = FileKind("xlsx", "Excel spreadsheet", "document")
PPTX = FileKind("pptx", "PowerPoint presentation", "document")
ODT = FileKind("odt", "OpenDocument text", "document")
ODS = FileKind("ods", "OpenDocument spreadsheet", "document")
JPEG = FileKind("jpg", "JPEG image", "image")
PNG = FileKind("png", "PNG image", "image")
GIF = FileKind("gif", "GIF image", "image")
WEBP = FileKind("webp", "WebP image", "image")

IMAGE_TYPES = {"image/jpeg": JPEG, "image/png": PNG, "image/gif": GIF, "image/webp": WEBP}
# The part that makes a zip an Office Open XML document of each kind.
OOXML_PARTS = {"word/document.xml": DOCX, "xl/workbook.xml": XLSX, "ppt/presentation.xml": PPTX}
ODF_MIMETYPES = {
    b"application/vnd.oasis.opendocument.text": ODT,
    b"application/vnd.oasis.opendocument.spreadsheet": ODS,
}

ALLOWED_TEXT = (
    "a PDF, a Word, Excel or PowerPoint file (.docx, .xlsx, .pptx), an OpenDocument text or "
    "spreadsheet, or a JPEG, PNG, GIF or WebP image"
)


def max_size(kind):
    if kind == "image":
        return getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024)
    return getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", 20 * 1024 * 1024)


def megabytes(size):
    return f"{size / (1024 * 1024):.0f} MB"


def identify(upload):
    """The FileKind of an uploaded file, or None when it is not one we accept."""
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    guess = filetype.guess(head)
    mime = guess.mime if guess else ""
    if mime == "application/pdf" or head.startswith(b"%PDF-"):
        return PDF
    if mime in IMAGE_TYPES:
        return _image(upload, IMAGE_TYPES[mime])
    if head.startswith(b"PK\x03\x04"):
        return _zip_document(upload)
    return None


def _image(upload, kind):
    from PIL import Image

    try:
        with Image.open(upload) as image:
            image.verify()
    except Exception:
        return None
    finally:
        upload.seek(0)
    return kind


def _zip_document(upload):
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                kind = ODF_MIMETYPES.get(archive.read("mimetype").strip())
                if kind and "content.xml" in names:
                    return kind
            if "[Content_Types].xml" in names:
                for part, kind in OOXML_PARTS.items():
                    if part in names:
                        return kind
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError):
        return None
    finally:
        upload.seek(0)
    return None


def check_upload(upload):
    """The upload's FileKind; ValidationError saying what is wrong otherwise."""
    if upload.size == 0:
        raise ValidationError("The selected file is empty.", code="empty")
    largest = max(max_size("document"), max_size("image"))
    if upload.size > largest:
        raise ValidationError(
            f"The selected file must be smaller than {megabytes(largest)}.", code="too_large"
        )
    kind = identify(upload)
    if kind is None:
        raise ValidationError(f"The selected file must be {ALLOWED_TEXT}.", code="wrong_type")
    if upload.size > max_size(kind.kind):
        raise ValidationError(
            f"The selected {kind.label} must be smaller than {megabytes(max_size(kind.kind))}.",
            code="too_large",
        )
    return kind
