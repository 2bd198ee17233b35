"""The programme's reference data: care models, support areas, regions, vanguards and the
categories outcomes are filed under.

Every database gets them by data migration; editors keep them up to date as snippets. Slugs are
stable: they appear in URLs and in filter parameters, so editors cannot change them.
"""

from django.db import models
from django.utils.text import slugify
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index


class TaxonomyQuerySet(models.QuerySet):
    def for_slugs(self, slugs):
        """The members named by `slugs`, in the model's order; unknown slugs are ignored."""
        return self.filter(slug__in=list(slugs))


class SlugFromName(models.Model):
    """Sets the slug from the name once, when the item is created; never changes it after."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[: self._meta.get_field("slug").max_length]
        super().save(*args, **kwargs)


class CareModel(index.Indexed, SlugFromName):
    """A vanguard type, such as enhanced health in care homes (EHCH)."""

    name = models.CharField(max_length=120, unique=True)
    short_name = models.CharField(max_length=10, unique=True, help_text="For example PACS or EHCH.")
    slug = models.SlugField(max_length=80, unique=True, editable=False)
    summary = models.CharField(max_length=255, help_text="One sentence, shown on cards.")
    description = models.TextField(
        help_text="What this care model is. Blank lines separate paragraphs."
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    objects = TaxonomyQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("short_name")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "care model"

    def __str__(self):
        return self.name


class SupportArea(index.Indexed, SlugFromName):
    """One of the ten areas of the national support package (NAO report, Figure 4)."""

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=80, unique=True, editable=False)
    description = models.TextField(blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    objects = TaxonomyQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "support area"

    def __str__(self):
        return self.name


class Region(SlugFromName):
    """One of NHS England's seven regions."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True, editable=False)
    sort_order = models.PositiveSmallIntegerField(default=0)

    objects = TaxonomyQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Vanguard(index.Indexed, SlugFromName):
    """One of the 50 vanguards of the new care models programme."""

    number = models.PositiveSmallIntegerField(
        unique=True, help_text="The vanguard's number in the programme's published list."
    )
    name = models.CharField(max_length=160, unique=True)
    slug = models.SlugField(max_length=100, unique=True, editable=False)
    care_model = models.ForeignKey(CareModel, on_delete=models.PROTECT, related_name="vanguards")
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="vanguards")
    place = models.CharField(
        max_length=160, blank=True, help_text="Where it works, in a few words."
    )
    summary = models.TextField(help_text="One or two sentences about the vanguard.")
    partners = models.TextField(blank=True, help_text="Partner organisations, one per line.")
    population = models.PositiveIntegerField(
        null=True, blank=True, help_text="Number of people the vanguard serves, where known."
    )
    website = models.URLField(blank=True)
    what_is_changing = models.TextField(
        blank=True, help_text="What the vanguard is changing. Blank lines separate paragraphs."
    )

    objects = TaxonomyQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("number"),
                FieldPanel("care_model"),
                FieldPanel("region"),
                FieldPanel("place"),
            ],
            heading="Vanguard",
        ),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("partners"),
                FieldPanel("population"),
                FieldPanel("website"),
                FieldPanel("what_is_changing"),
            ],
            heading="Profile",
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("place"),
        index.FilterField("care_model"),
        index.FilterField("region"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def partner_list(self):
        return [line.strip() for line in self.partners.splitlines() if line.strip()]


class OutcomeCategory(SlugFromName):
    """What kind of outcome a measured result is about, such as emergency admissions: the
    controlled list case study outcomes are filed, filtered and compared under."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True, editable=False)
    description = models.CharField(
        max_length=255, blank=True, help_text="What belongs here, shown to authors."
    )
    lower_is_better = models.BooleanField(
        default=True,
        help_text="The usual direction for this kind of measure; authors can change it per row.",
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    objects = TaxonomyQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("lower_is_better"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "outcome category"
        verbose_name_plural = "outcome categories"

    def __str__(self):
        return self.name


class OutcomeResult(models.TextChoices):
    """What a measured outcome showed, judged against its comparison group when it has one."""

    IMPROVED = "improved", "Improved"
    NO_CHANGE = "no_change", "No change"
    WORSE = "worse", "Worse"
    NOT_MEASURED = "not_measured", "Not measured"
