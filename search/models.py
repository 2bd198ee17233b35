from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.postgres.search import SearchVectorField
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import RevisionMixin


class IndexedDocument(models.Model):
    """The database backend's copy of a KnowledgeDocument; also the source Elasticsearch is fed
    from, so the two never disagree about what exists."""

    doc_id = models.CharField(max_length=80, unique=True)
    type = models.CharField(max_length=30, db_index=True)
    title = models.TextField()
    title_sort = models.CharField(max_length=255, db_index=True)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    visibility = models.CharField(max_length=40, db_index=True)
    published_at = models.DateTimeField(db_index=True)
    updated_at = models.DateTimeField()
    data = models.JSONField()

    class Meta:
        indexes = [models.Index(fields=["visibility", "published_at"])]

    def __str__(self):
        return self.doc_id


class IndexedFacet(models.Model):
    document = models.ForeignKey(
        IndexedDocument, on_delete=models.CASCADE, related_name="facet_values"
    )
    facet = models.CharField(max_length=20)
    value = models.CharField(max_length=160)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["document", "facet", "value"], name="search_facet_unique_value"
            )
        ]
        indexes = [models.Index(fields=["facet", "value", "document"])]

    def __str__(self):
        return f"{self.facet}={self.value}"


class IndexedVector(models.Model):
    """PostgreSQL's weighted tsvector of a document (title A, summary B, body D), in a table of
    its own: a broad word makes PostgreSQL test every vector, and scanning this narrow table
    takes half the time of scanning the documents with their text and data. Unused on SQLite,
    whose FTS5 table plays this part."""

    document = models.OneToOneField(
        IndexedDocument, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    vector = SearchVectorField()

    def __str__(self):
        return str(self.document_id)


class PendingChange(models.Model):
    """A document to send to Elasticsearch, recorded in the same transaction as the change.

    Applying it reads the document's current state from IndexedDocument (absent means delete),
    so replaying a change twice is harmless and nothing is lost while Elasticsearch is down.
    """

    doc_id = models.CharField(max_length=80, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return self.doc_id


class SearchTermStat(models.Model):
    """How often a query was searched on a day, and how often it found nothing."""

    query = models.CharField(max_length=200)
    day = models.DateField(db_index=True)
    searches = models.PositiveIntegerField(default=0)
    zero_results = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["query", "day"], name="search_term_stat_per_day")
        ]
        verbose_name = "search term"

    def __str__(self):
        return self.query


class IndexState(models.Model):
    """The database index's revision: bumped in the same transaction as every index write, so
    a process can tell from one row whether its in-memory facet bitmaps are current.

    The row is also a lock: a writer holds it until commit, so revisions commit in order and a
    reader that has seen revision N has seen every change up to N. `token` changes with every
    revision, which tells a rolled-back history from a new one with the same number.
    """

    revision = models.BigIntegerField(default=0)
    token = models.CharField(max_length=32, blank=True)

    def __str__(self):
        return f"revision {self.revision}"


class IndexChange(models.Model):
    """Which documents a revision touched (a row per document; no document means "reload
    everything", for bulk loads). Readers replay these to update their bitmaps; old revisions
    are pruned as new ones are written."""

    revision = models.BigIntegerField(db_index=True)
    token = models.CharField(max_length=32)
    document_id = models.IntegerField(null=True)

    def __str__(self):
        return f"{self.revision}: {self.document_id or 'all'}"


class GlossaryTerm(RevisionMixin, models.Model):
    """One glossary entry: a term, its abbreviation and other words for the same thing.

    The search treats every name of a term as the same (a search for "DTOC" finds "delayed
    transfer of care" and the other way round, in the search, its API and autocomplete), and
    explains an abbreviation a reader searched for. Editors keep the glossary in the admin
    (Snippets, with history); a change applies to the next search, without a restart.
    """

    class Category(models.TextChoices):
        CARE_MODEL = "care_model", "Care models and programme"
        ORGANISATION = "organisation", "NHS organisations and bodies"
        ROLE = "role", "Roles and teams"
        SERVICE = "service", "Services and settings"
        CLINICAL = "clinical", "Clinical terms"
        MEASURE = "measure", "Measures, money and data"

    term = models.CharField(
        max_length=120,
        unique=True,
        help_text="The term in full, for example ‘Delayed transfer of care’.",
    )
    abbreviation = models.CharField(
        max_length=30,
        blank=True,
        help_text="Its usual abbreviation, if any, for example ‘DTOC’. Readers who search for it "
        "see what it stands for.",
    )
    synonyms = models.TextField(
        blank=True,
        help_text="Other words or spellings readers use for the same thing, one per line "
        "(plurals and other forms of a word are found anyway).",
    )
    category = models.CharField(max_length=20, choices=Category.choices)
    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="content_type",
        object_id_field="object_id",
        for_concrete_model=False,
        related_query_name="glossary_term",
    )

    panels = [
        FieldPanel("term"),
        FieldPanel("abbreviation"),
        FieldPanel("synonyms"),
        FieldPanel("category"),
    ]

    class Meta:
        ordering = ["term"]
        verbose_name = "glossary term"

    def __str__(self):
        return f"{self.term} ({self.abbreviation})" if self.abbreviation else self.term

    def names(self):
        """Every name of the term, as typed (the term first)."""
        lines = [self.term, self.abbreviation, *self.synonyms.splitlines()]
        return [line.strip() for line in lines if line.strip()]


@register_setting(icon="search")
class SearchSettings(BaseGenericSetting):
    """How the search weighs one type of result against another at an equal match."""

    case_study_weight = models.FloatField(
        default=1.3, validators=[MinValueValidator(0.1), MaxValueValidator(10)]
    )
    learning_guide_weight = models.FloatField(
        default=1.3, validators=[MinValueValidator(0.1), MaxValueValidator(10)]
    )
    topic_weight = models.FloatField(
        "discussion weight",
        default=1.0,
        validators=[MinValueValidator(0.1), MaxValueValidator(10)],
    )
    answered_topic_weight = models.FloatField(
        "answered discussion bonus",
        default=1.2,
        validators=[MinValueValidator(0.1), MaxValueValidator(10)],
        help_text="Multiplies a discussion's weight when it has an accepted or helpful answer.",
    )
    vanguard_weight = models.FloatField(
        default=1.0, validators=[MinValueValidator(0.1), MaxValueValidator(10)]
    )
    care_model_weight = models.FloatField(
        "care model hub weight",
        default=1.0,
        validators=[MinValueValidator(0.1), MaxValueValidator(10)],
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("case_study_weight"),
                FieldPanel("learning_guide_weight"),
                FieldPanel("topic_weight"),
                FieldPanel("answered_topic_weight"),
                FieldPanel("vanguard_weight"),
                FieldPanel("care_model_weight"),
            ],
            heading="Result type weights",
            help_text="When two results match a search equally well, the one whose type has the "
            "higher weight comes first. 1 is neutral; 2 counts a match twice as much.",
        )
    ]

    class Meta:
        verbose_name = "search settings"
