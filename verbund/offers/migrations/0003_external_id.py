from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("offers", "0002_search_index")]

    operations = [
        migrations.AddField(
            model_name="offering",
            name="external_id",
            field=models.CharField(blank=True, max_length=100),
        ),
        migrations.AddConstraint(
            model_name="offering",
            constraint=models.UniqueConstraint(
                condition=models.Q(("external_id", ""), _negated=True),
                fields=("provider", "external_id"),
                name="unique_offering_external_id",
                violation_error_message="The provider has another offering with this key.",
            ),
        ),
    ]
