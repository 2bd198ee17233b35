"""The demo's images and documents (demo/images, demo/documents): made for this project, each
stored once in Wagtail's image and document libraries and found again by title."""

from django.core.files import File
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from .files import DemoFileError
from .paths import demo_dir


def image(name, title=None):
    """The Wagtail image for demo/images/<name>, created the first time it is asked for."""
    Image = get_image_model()
    title = title or _title(name)
    found = Image.objects.filter(title=title).first()
    if found is None:
        found = Image(title=title)
        with _open(demo_dir("images", name)) as handle:
            found.file.save(name, File(handle), save=False)
        found._set_image_file_metadata()
        found.save()
    return found


def document(name, title):
    """The Wagtail document for demo/documents/<name>, created the first time it is asked for."""
    Document = get_document_model()
    found = Document.objects.filter(title=title).first()
    if found is None:
        found = Document(title=title)
        with _open(demo_dir("documents", name)) as handle:
            found.file.save(name, File(handle), save=False)
        found._set_document_file_metadata()
        found.save()
    return found


def _title(name):
    return name.rsplit(".", 1)[0].replace("-", " ").capitalize()


def _open(path):
    if not path.is_file():
        raise DemoFileError(f"{path}: no such demo file")
    return path.open("rb")
