"""Reads of projects and funding."""

from verbund.projects.models import Project


def projects_of(network):
    return (
        Project.objects.filter(network=network)
        .select_related("programme", "lead_organisation")
        .with_funding_total()
        .order_by("-starts_on", "title")
    )


def public_projects(network):
    return projects_of(network).filter(is_public=True)
