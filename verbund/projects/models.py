"""Projects of a network, their sub-projects, partners, funding and indicators.

Funding is kept by source (EU/ESF, federal, state, municipal, own) so that totals and the share
of each source come from the database; indicators keep planned and achieved values side by side
so that a report shows both without anyone copying numbers into a spreadsheet.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import (
    Case,
    DecimalField,
    F,
    FloatField,
    Func,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from verbund.network.models import FieldOfAction, Network, Organisation, TargetGroup
from verbund.projects.choices import FundingSource, IndicatorKind, PartnerRole, ProjectStatus


class FundingProgramme(models.Model):
    network = models.ForeignKey(
        Network,
        verbose_name=_("network"),
        on_delete=models.CASCADE,
        related_name="funding_programmes",
    )
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    funders = models.CharField(
        _("funders"),
        max_length=300,
        blank=True,
        help_text=_(
            "For example Federal Ministry of Labour and Social Affairs, European Social Fund."
        ),
    )
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("funding programme")
        verbose_name_plural = _("funding programmes")
        constraints = [
            models.UniqueConstraint(fields=["network", "name"], name="unique_programme_name")
        ]

    def __str__(self):
        return self.short_name or self.name


def _funding_sum(**filters):
    """The sum of a project's funding (``None`` without any), as a subquery: a join with other
    relations in the same query cannot count an amount twice."""
    return Subquery(
        Funding.objects.filter(project=OuterRef("pk"), **filters)
        .order_by()
        .values("project")
        .annotate(total=Sum("amount"))
        .values("total"),
        output_field=DecimalField(max_digits=14, decimal_places=2),
    )


class ProjectQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True, network__is_public=True)

    def with_funding_total(self):
        """``funding_total``: all the project's funding summed."""
        return self.annotate(funding_total=_funding_sum())

    def with_funding_by_source(self):
        """``funding_<source>`` for every source (``funding_eu``, ``funding_federal`` …)."""
        return self.annotate(
            **{f"funding_{source}": _funding_sum(source=source) for source in FundingSource.values}
        )

    def matching(self, query: str):
        """Projects whose title, acronym or description contain ``query``, ignoring case."""
        return self.filter(
            Q(title__icontains=query)
            | Q(acronym__icontains=query)
            | Q(description__icontains=query)
        )

    def involving(self, organisation):
        """Projects that ``organisation`` leads, or whose sub-projects it leads or partners in."""
        sub_projects = SubProject.objects.filter(
            Q(lead_partner=organisation) | Q(partners__organisation=organisation)
        )
        return self.filter(
            Q(lead_organisation=organisation) | Q(pk__in=sub_projects.values("project_id"))
        )


class Project(models.Model):
    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="projects"
    )
    title = models.CharField(_("title"), max_length=300)
    acronym = models.CharField(_("acronym"), max_length=60, blank=True)
    programme = models.ForeignKey(
        FundingProgramme,
        verbose_name=_("funding programme"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="projects",
    )
    lead_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("lead organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="led_projects",
    )
    starts_on = models.DateField(_("start"), null=True, blank=True)
    ends_on = models.DateField(_("end"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ProjectStatus.choices, default=ProjectStatus.PLANNED
    )
    description = models.TextField(_("description"), blank=True)
    contacts = models.ManyToManyField(
        "network.ContactPerson",
        verbose_name=_("contact persons"),
        blank=True,
        related_name="projects",
    )
    is_public = models.BooleanField(_("public"), default=True)
    is_synthetic = models.BooleanField(_("synthetic"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ProjectQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_on", "title"]
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True)
                | Q(starts_on__isnull=True)
                | Q(ends_on__gte=models.F("starts_on")),
                name="project_ends_after_start",
            ),
        ]

    def __str__(self):
        return self.acronym or self.title

    def clean(self):
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("A project cannot end before it starts.")})
        if self.programme_id and self.network_id and self.programme.network_id != self.network_id:
            raise ValidationError({"programme": _("Choose a programme of this network.")})


class SubProject(models.Model):
    """A Teilprojekt: one strand of a project, led by one partner with cooperating partners."""

    project = models.ForeignKey(
        Project, verbose_name=_("project"), on_delete=models.CASCADE, related_name="sub_projects"
    )
    title = models.CharField(_("title"), max_length=300)
    lead_partner = models.ForeignKey(
        Organisation,
        verbose_name=_("lead partner"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="led_sub_projects",
    )
    description = models.TextField(_("description"), blank=True)
    activities = models.TextField(_("activities"), blank=True)
    target_groups = models.ManyToManyField(TargetGroup, verbose_name=_("target groups"), blank=True)
    fields_of_action = models.ManyToManyField(
        FieldOfAction, verbose_name=_("fields of action"), blank=True
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["project", "position", "title"]
        verbose_name = _("sub-project")
        verbose_name_plural = _("sub-projects")

    def __str__(self):
        return self.title


class SubProjectPartner(models.Model):
    sub_project = models.ForeignKey(
        SubProject,
        verbose_name=_("sub-project"),
        on_delete=models.CASCADE,
        related_name="partners",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="sub_project_partnerships",
    )
    role = models.CharField(_("role"), max_length=30, choices=PartnerRole.choices)

    class Meta:
        ordering = ["sub_project", "organisation__name"]
        verbose_name = _("sub-project partner")
        verbose_name_plural = _("sub-project partners")
        constraints = [
            models.UniqueConstraint(
                fields=["sub_project", "organisation"], name="unique_sub_project_partner"
            )
        ]

    def __str__(self):
        return f"{self.organisation} ({self.get_role_display()})"


def source_order():
    """An expression ordering rows by the listed order of the funding sources (EU first)."""
    return Case(
        *(When(source=source, then=Value(index)) for index, source in enumerate(FundingSource)),
        default=Value(len(FundingSource)),
    )


class FundingQuerySet(models.QuerySet):
    def by_source(self):
        """One row per source among these rows: ``source``, ``amount`` (their sum) and ``share``
        (percent of the sum of all these rows, ``None`` when that is zero), computed in SQL."""
        # SUM as a plain function, not an aggregate: the scalar subquery needs no GROUP BY.
        total = Subquery(
            self.order_by()
            .annotate(total=Func(F("amount"), function="SUM", output_field=DecimalField()))
            .values("total")
        )
        return (
            self.order_by()
            .values("source")
            .annotate(amount=Sum("amount"))
            .annotate(
                share=Case(
                    When(
                        amount__gt=0,
                        then=Cast("amount", FloatField()) * 100 / Cast(total, FloatField()),
                    ),
                    default=None,
                    output_field=FloatField(),
                )
            )
            .order_by(source_order())
        )


class Funding(models.Model):
    project = models.ForeignKey(
        Project, verbose_name=_("project"), on_delete=models.CASCADE, related_name="funding"
    )
    source = models.CharField(_("source"), max_length=20, choices=FundingSource.choices)
    amount = models.DecimalField(
        _("amount (EUR)"), max_digits=12, decimal_places=2, validators=[MinValueValidator(0)]
    )
    funder = models.CharField(_("funder"), max_length=200, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)

    objects = FundingQuerySet.as_manager()

    class Meta:
        ordering = ["project", "source"]
        verbose_name = _("funding")
        verbose_name_plural = _("funding")
        constraints = [
            models.CheckConstraint(condition=Q(amount__gte=0), name="funding_not_negative")
        ]

    def __str__(self):
        return f"{self.get_source_display()}: {self.amount} €"


class IndicatorQuerySet(models.QuerySet):
    def network_level(self):
        return self.filter(project__isnull=True)

    def with_achievement_rate(self):
        """``achievement_percent``: achieved as percent of planned, computed in SQL; ``None``
        without a planned figure above zero or an achieved one."""
        return self.annotate(
            achievement_percent=Case(
                When(
                    planned__gt=0,
                    achieved__isnull=False,
                    then=Cast("achieved", FloatField()) * 100 / Cast("planned", FloatField()),
                ),
                default=None,
                output_field=FloatField(),
            )
        )


class Indicator(models.Model):
    """A planned and an achieved figure, for a project or for the network over a period.

    Network-level figures (no project) carry balances such as "2005 to 2010: about 2,500
    participants, about 120 companies reached".
    """

    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="indicators"
    )
    project = models.ForeignKey(
        Project,
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="indicators",
    )
    kind = models.CharField(_("indicator"), max_length=30, choices=IndicatorKind.choices)
    label = models.CharField(_("label"), max_length=200, blank=True)
    period_start = models.DateField(_("period from"), null=True, blank=True)
    period_end = models.DateField(_("period until"), null=True, blank=True)
    planned = models.DecimalField(
        _("planned"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    achieved = models.DecimalField(
        _("achieved"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    is_approximate = models.BooleanField(
        _("approximate"), default=False, help_text=_("The source states the figure as about.")
    )
    source = models.CharField(_("source"), max_length=300, blank=True)

    objects = IndicatorQuerySet.as_manager()

    class Meta:
        ordering = ["network", "project", "kind"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        constraints = [
            models.CheckConstraint(
                condition=Q(period_end__isnull=True)
                | Q(period_start__isnull=True)
                | Q(period_end__gte=models.F("period_start")),
                name="indicator_period_ordered",
            ),
            models.CheckConstraint(
                condition=Q(planned__isnull=True) | Q(planned__gte=0),
                name="indicator_planned_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(achieved__isnull=True) | Q(achieved__gte=0),
                name="indicator_achieved_not_negative",
            ),
        ]

    def __str__(self):
        return self.label or self.get_kind_display()

    def clean(self):
        if self.project_id and self.network_id and self.project.network_id != self.network_id:
            raise ValidationError({"project": _("Choose a project of this network.")})
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The period cannot end before it starts.")})

    @property
    def achievement_rate(self):
        if self.planned and self.achieved is not None:
            return self.achieved / self.planned
        return None
