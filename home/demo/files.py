"""Reading the demo content files under `demo/` (see demo/README.md for the format).

A file is Markdown with a TOML front matter between `+++` lines, read with the standard
library's tomllib. Its body is cut into sections at level-one headings (`# Problem`,
`# A chapter {#its-slug}`, `# @author {helpful = [...]}`); inside a section, a fenced block whose
info string names a StreamField block (```` ```key_facts ````) holds that block's value as TOML,
and everything else is Markdown, rendered to the HTML Wagtail's rich text stores (a
`<!-- new text block -->` line starts a new text block).
"""

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt

FRONT_MATTER = "+++"
SECTION = re.compile(r"^# (?P<heading>.+?)(?: \{(?P<attrs>.*)\})?$")
FENCE = re.compile(r"^```(?P<name>[a-z_]+)$")
FENCE_END = "```"
# Between two runs of Markdown that are separate text blocks (invisible in a Markdown preview).
TEXT_BREAK = "<!-- new text block -->"
# Blocks whose value is a list: the TOML in the fence names it with this key.
LIST_BLOCKS = {"key_facts": "facts", "key_actions": "actions"}


class DemoFileError(ValueError):
    """A demo file that does not follow the format, with the file and line named."""


@dataclass
class Section:
    heading: str
    attrs: str
    text: str
    line: int  # the heading's
    text_line: int = 0  # the text's first line


@dataclass
class DemoFile:
    path: Path
    meta: dict
    body: str
    body_line: int

    def sections(self):
        """The body cut at level-one headings outside fenced blocks; text before the first
        heading is an error (nothing would say what it is)."""
        sections, current, fenced = [], None, False
        for number, line in enumerate(self.body.split("\n"), start=self.body_line):
            if fenced:
                fenced = line != FENCE_END
            elif line.startswith("```"):
                fenced = True
            match = None if fenced else SECTION.match(line)
            if match:
                current = Section(match["heading"], match["attrs"] or "", "", number)
                sections.append(current)
                continue
            if current is None:
                if line.strip():
                    raise self.error(number, "text before the first `# ` heading")
                continue
            current.text += line + "\n"
        for section in sections:
            stripped = section.text.lstrip("\n")
            section.text_line = section.line + 1 + len(section.text) - len(stripped)
            section.text = stripped.rstrip("\n")
        return sections

    def named_sections(self, names):
        """{field: Section} for a file whose headings are fixed names ({heading: field})."""
        found = {}
        for section in self.sections():
            field = names.get(section.heading)
            if field is None:
                expected = ", ".join(f"`# {name}`" for name in names)
                raise self.error(section.line, f"unknown section; expected one of {expected}")
            if field in found:
                raise self.error(section.line, f"`# {section.heading}` appears twice")
            found[field] = section
        return found

    def attrs(self, section):
        """A heading's `{...}` as a TOML inline table."""
        if not section.attrs:
            return {}
        try:
            return tomllib.loads(f"attrs = {{{section.attrs}}}")["attrs"]
        except tomllib.TOMLDecodeError as error:
            raise self.error(section.line, f"bad attributes after the heading: {error}") from None

    def anchor(self, section):
        """A chapter heading's slug: `# Title {#its-slug}`."""
        if not re.fullmatch(r"#[a-z0-9]+(?:-[a-z0-9]+)*", section.attrs):
            raise self.error(section.line, "a chapter heading ends with `{#its-slug}`")
        return section.attrs[1:]

    def stream(self, section, image=None, allowed=None):
        """A section as StreamField data: [(block type, value), ...]. Markdown runs become `text`
        blocks; fenced blocks become the block they name (one of `allowed`, when given).
        `image(file)` returns the Wagtail image for an `image` block's `file`."""
        blocks, text, fence, number = [], [], None, section.line
        lines = section.text.split("\n")
        for offset, line in enumerate(lines):
            if fence is None:
                match = FENCE.match(line)
                if match or line == TEXT_BREAK:
                    if "".join(text).strip():
                        blocks.append(("text", markdown_to_html("\n".join(text))))
                    text = []
                if match:
                    fence, number = (match["name"], []), section.text_line + offset
                    if allowed is not None and fence[0] not in allowed:
                        known = ", ".join(f"```{name}" for name in sorted(allowed))
                        raise self.error(number, f"no block ```{fence[0]} here; use {known}")
                elif line != TEXT_BREAK:
                    text.append(line)
            elif line == FENCE_END:
                blocks.append(self._block(fence[0], "\n".join(fence[1]), number, image))
                fence = None
            else:
                fence[1].append(line)
        if fence is not None:
            raise self.error(number, f"```{fence[0]} is never closed")
        if "".join(text).strip():
            blocks.append(("text", markdown_to_html("\n".join(text))))
        return blocks

    def rich_text(self, section):
        """A section that is Markdown only, as rich text HTML."""
        blocks = self.stream(section, allowed=())
        if len(blocks) > 1:
            raise self.error(section.line, f"`# {section.heading}` is one run of Markdown")
        return blocks[0][1] if blocks else ""

    def _block(self, name, source, line, image):
        try:
            data = tomllib.loads(source)
        except tomllib.TOMLDecodeError as error:
            raise self.error(line, f"bad TOML in ```{name}: {error}") from None
        if name in LIST_BLOCKS:
            key = LIST_BLOCKS[name]
            if set(data) != {key}:
                raise self.error(line, f"```{name} holds one list, `{key}`")
            return (name, data[key])
        if name == "image":
            if image is None or "file" not in data:
                raise self.error(line, "```image needs a `file` (under demo/images/)")
            data["image"] = image(data.pop("file"))
        return (name, data)

    def error(self, line, message):
        return DemoFileError(f"{self.path}:{line}: {message}")


def read(path):
    """A demo file: its front matter (a dict) and its Markdown body."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    if not lines or lines[0] != FRONT_MATTER:
        raise DemoFileError(f"{path}:1: a demo file starts with a `+++` line (TOML front matter)")
    try:
        end = lines.index(FRONT_MATTER, 1)
    except ValueError:
        raise DemoFileError(f"{path}:1: the front matter is never closed by `+++`") from None
    try:
        meta = tomllib.loads("\n".join(lines[1:end]))
    except tomllib.TOMLDecodeError as error:
        raise DemoFileError(f"{path}: front matter: {error}") from None
    return DemoFile(path, meta, "\n".join(lines[end + 1 :]), end + 2)


def read_toml(path):
    path = Path(path)
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise DemoFileError(f"{path}: {error}") from None


def files(folder, pattern="*.md"):
    """A folder's demo files in name order (names start with a number, so order is the file
    names' and loading order is stable)."""
    return sorted(Path(folder).glob(pattern))


def _renderer():
    md = MarkdownIt("commonmark", {"html": False})
    # A line break inside a paragraph is only where the file wrapped: a space in the page.
    md.add_render_rule("softbreak", lambda *args: " ")
    return md


_MD = _renderer()


def markdown_to_html(text):
    """Markdown as the compact HTML Wagtail's rich text stores (`<p>…</p><ul><li>…`)."""
    html = _MD.render(text)
    # Block tags only: text never holds a raw ">" (it is escaped) or a newline (soft breaks
    # render as spaces), so this drops only the newlines between tags.
    return html.replace(">\n", ">").replace("&quot;", '"').strip()
