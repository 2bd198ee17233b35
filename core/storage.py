from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticStorage(CompressedManifestStaticFilesStorage):
    """Hashed, compressed static files; our ES modules' imports are rewritten to hashed names."""

    support_js_module_import_aggregation = True
    # Third-party bundles point at source maps they do not ship; don't fail collectstatic on them.
    manifest_strict = False

    def url_converter(self, name, hashed_files, template=None):
        converter = super().url_converter(name, hashed_files, template)

        def convert(matchobj):
            try:
                return converter(matchobj)
            except ValueError:
                # A reference to a file that isn't shipped (a missing source map): leave it as is.
                return matchobj.group(0)

        return convert
