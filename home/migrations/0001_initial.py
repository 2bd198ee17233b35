"""The home app takes over the page types that used to be core's (issue 12).

core's 0003 already renamed their tables to home_*: here Django's state learns the models
(without touching the database), and their content types move from `core` to `home` in
place, so each existing page, revision and permission keeps its content type id. A new
database gets the same tables from core's migrations, renamed, and the same state.
"""

import django.db.models.deletion
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


MOVED = ["homepage", "caremodelindexpage", "caremodelpage", "vanguardindexpage", "informationpage"]


def _relabel(apps, old, new):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        current = ContentType.objects.filter(app_label=old, model=model)
        if not current.exists():
            continue
        # A content type made under the new label in between (post_migrate after migrating one
        # app alone) holds nothing yet: the one the pages point at takes its place.
        ContentType.objects.filter(app_label=new, model=model).delete()
        current.update(app_label=new)


def move_content_types(apps, schema_editor):
    _relabel(apps, "core", "home")


def move_content_types_back(apps, schema_editor):
    _relabel(apps, "home", "core")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('core', '0003_pages_move_to_home'),
        ('taxonomy', '0004_outcome_categories'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name='CareModelIndexPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('lead', models.TextField(blank=True)),
                    ],
                    options={
                        'abstract': False,
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='HomePage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('lead', models.TextField(help_text='One or two sentences under the title saying what the platform is for.')),
                        ('body', wagtail.fields.RichTextField(blank=True)),
                    ],
                    options={
                        'abstract': False,
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='InformationPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('body', wagtail.fields.RichTextField()),
                        ('show_in_footer', models.BooleanField(default=True)),
                        ('footer_order', models.PositiveSmallIntegerField(default=0)),
                    ],
                    options={
                        'abstract': False,
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='VanguardIndexPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('lead', models.TextField(blank=True)),
                    ],
                    options={
                        'abstract': False,
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page'),
                ),
                migrations.CreateModel(
                    name='CareModelPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('body', wagtail.fields.RichTextField(blank=True, help_text="Optional extra text after the care model's description.")),
                        ('care_model', models.OneToOneField(on_delete=django.db.models.deletion.PROTECT, related_name='hub_page', to='taxonomy.caremodel')),
                    ],
                    options={
                        'abstract': False,
                    },
                    bases=('wagtailcore.page',),
                ),
            ],
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
