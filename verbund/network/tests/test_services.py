import datetime

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError

from verbund.audit.models import LogEntry
from verbund.core.errors import DomainError
from verbund.network import services
from verbund.network.models import (
    ContactPerson,
    FieldOfAction,
    Membership,
    MembershipRole,
    Network,
    Organisation,
    TargetGroup,
    validate_network_slug,
)
from verbund.network.tests.conftest import pdf_upload
from verbund.network.tests.factories import (
    ContactPersonFactory,
    FieldOfActionFactory,
    MembershipFactory,
    NetworkFactory,
    OrganisationFactory,
)

D = datetime.date


# --- the network ---------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", ["me", "api", "admin", "static", "media", "Search"])
def test_reserved_slugs_are_refused_by_the_model(slug):
    with pytest.raises(ValidationError):
        validate_network_slug(slug)
    network = NetworkFactory.build(slug=slug)
    with pytest.raises(ValidationError) as error:
        network.full_clean()
    assert "slug" in error.value.message_dict


def test_network_update_refuses_a_reserved_slug_and_keeps_the_old_one(world):
    with pytest.raises(ValidationError):
        services.network_update(
            actor=world.coordinator, network=world.network, data={"slug": "api"}
        )
    assert Network.objects.get(pk=world.network.pk).slug == "alpha"


def test_network_update_saves_changes_and_logs_the_changed_fields_only(world):
    services.network_update(
        actor=world.coordinator,
        network=world.network,
        data={"name": "Netzwerk Alpha neu", "region": world.network.region},
    )
    world.network.refresh_from_db()
    assert world.network.name == "Netzwerk Alpha neu"
    entry = LogEntry.objects.get(action="network.network.changed")
    assert entry.data == {"fields": ["name"]}
    assert entry.actor == world.coordinator


def test_coordination_office_must_be_an_organisation_of_the_network(world):
    with pytest.raises(ValidationError) as error:
        services.network_update(
            actor=world.coordinator,
            network=world.network,
            data={"coordination_office": world.foreign_organisation},
        )
    assert "coordination_office" in error.value.message_dict
    assert Network.objects.get(pk=world.network.pk).coordination_office is None


def test_coordination_office_may_be_a_member(world):
    services.network_update(
        actor=world.coordinator,
        network=world.network,
        data={"coordination_office": world.organisation},
    )
    assert Network.objects.get(pk=world.network.pk).coordination_office == world.organisation


def test_statute_is_stored_privately_under_a_generated_name(world, private_root):
    services.network_update(
        actor=world.coordinator,
        network=world.network,
        data={"statute": pdf_upload("Satzung Maria Muster.pdf")},
    )
    world.network.refresh_from_db()
    name = world.network.statute.name
    assert name.startswith("statutes/") and name.endswith(".pdf")
    assert "Muster" not in name
    assert (private_root / name).read_bytes().startswith(b"%PDF-")
    assert world.network.statute.url == "/office/alpha/statute/"


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (pdf_upload("statute.docx"), "PDF file (.pdf)"),
        (pdf_upload("statute.pdf", content=b"<html>not a pdf</html>"), "not a PDF document"),
    ],
)
def test_statute_that_is_not_a_pdf_is_refused_and_nothing_is_stored(
    world, private_root, upload, message
):
    with pytest.raises(ValidationError) as error:
        services.network_update(
            actor=world.coordinator, network=world.network, data={"statute": upload}
        )
    assert message in " ".join(error.value.message_dict["statute"])
    assert not Network.objects.get(pk=world.network.pk).statute
    assert not (private_root / "statutes").exists()


def test_statute_larger_than_the_limit_is_refused(world, settings):
    settings.VERBUND_MAX_UPLOAD_BYTES = 100
    with pytest.raises(ValidationError) as error:
        services.network_update(
            actor=world.coordinator,
            network=world.network,
            data={"statute": pdf_upload(content=b"%PDF-" + b"x" * 200)},
        )
    assert "larger than" in " ".join(error.value.message_dict["statute"])


def test_replacing_the_statute_deletes_the_old_file(
    world, private_root, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.network_update(
            actor=world.coordinator, network=world.network, data={"statute": pdf_upload()}
        )
    first = Network.objects.get(pk=world.network.pk).statute.name
    with django_capture_on_commit_callbacks(execute=True):
        services.network_update(
            actor=world.coordinator, network=world.network, data={"statute": pdf_upload()}
        )
    second = Network.objects.get(pk=world.network.pk).statute.name
    assert first != second
    assert not (private_root / first).exists()
    assert (private_root / second).exists()


def test_removing_the_statute_deletes_its_file(
    world, private_root, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.network_update(
            actor=world.coordinator, network=world.network, data={"statute": pdf_upload()}
        )
    name = Network.objects.get(pk=world.network.pk).statute.name
    with django_capture_on_commit_callbacks(execute=True):
        services.network_update(
            actor=world.coordinator, network=world.network, data={"statute": False}
        )
    assert not Network.objects.get(pk=world.network.pk).statute
    assert not (private_root / name).exists()


def test_private_files_have_no_public_address():
    from verbund.network.models import private_storage

    with pytest.raises(ValueError):
        private_storage().url("statutes/x.pdf")


# --- fields of action and target groups ---------------------------------------------------------


@pytest.mark.parametrize("model", [FieldOfAction, TargetGroup])
def test_vocabulary_entries_are_created_updated_and_logged(world, model):
    entry = services.vocabulary_entry_create(
        actor=world.coordinator,
        network=world.network,
        model=model,
        data={"name": "Übergang in den Beruf", "description": "", "position": 6},
    )
    services.vocabulary_entry_update(
        actor=world.coordinator, network=world.network, entry=entry, data={"position": 2}
    )
    entry.refresh_from_db()
    assert (entry.network, entry.position) == (world.network, 2)
    actions = list(LogEntry.objects.values_list("action", flat=True).order_by("pk"))
    label = model._meta.label_lower
    assert actions == [f"{label}.created", f"{label}.changed"]


def test_two_entries_of_one_list_cannot_share_a_name(world):
    FieldOfActionFactory(network=world.network, name="Kulturelle Bildung")
    with pytest.raises(ValidationError):
        services.vocabulary_entry_create(
            actor=world.coordinator,
            network=world.network,
            model=FieldOfAction,
            data={"name": "Kulturelle Bildung"},
        )
    assert FieldOfAction.objects.filter(network=world.network).count() == 1


def test_unused_vocabulary_entry_is_deleted_and_logged(world):
    entry = FieldOfActionFactory(network=world.network)
    services.vocabulary_entry_delete(actor=world.coordinator, network=world.network, entry=entry)
    assert not FieldOfAction.objects.filter(pk=entry.pk).exists()
    assert LogEntry.objects.filter(action="network.fieldofaction.deleted").exists()


def test_vocabulary_entry_in_use_is_not_deleted(world):
    # Another app (projects) classifies its sub-projects with the list; network does not
    # import it, the relation is found through the model's relations.
    entry = FieldOfActionFactory(network=world.network, name="Kulturelle Teilhabe")
    project = apps.get_model("projects", "Project").objects.create(
        network=world.network, title="ALBuM-VIP"
    )
    sub_project = apps.get_model("projects", "SubProject").objects.create(
        project=project, title="Diversity Management"
    )
    sub_project.fields_of_action.add(entry)
    with pytest.raises(DomainError) as error:
        services.vocabulary_entry_delete(
            actor=world.coordinator, network=world.network, entry=entry
        )
    assert "Kulturelle Teilhabe" in str(error.value)
    assert "1 " in str(error.value)
    assert FieldOfAction.objects.filter(pk=entry.pk).exists()
    assert sub_project.fields_of_action.count() == 1


def test_entry_of_another_network_is_refused(world):
    entry = FieldOfActionFactory(network=world.other_network)
    with pytest.raises(DomainError):
        services.vocabulary_entry_delete(
            actor=world.coordinator, network=world.network, entry=entry
        )
    assert FieldOfAction.objects.filter(pk=entry.pk).exists()


# --- organisations and memberships --------------------------------------------------------------


def test_organisation_create_makes_organisation_and_membership_together(world):
    organisation = services.organisation_create(
        actor=world.coordinator,
        network=world.network,
        data={"name": "kargah e.V.", "kind": "migrant_organisation", "city": "Hannover"},
        role=MembershipRole.MEMBER,
        started_on=D(2005, 1, 1),
    )
    membership = Membership.objects.get(organisation=organisation)
    assert (membership.network, membership.role, membership.started_on) == (
        world.network,
        "member",
        D(2005, 1, 1),
    )
    assert set(LogEntry.objects.filter(network=world.network).values_list("action", flat=True)) == {
        "network.organisation.created",
        "network.membership.created",
    }


def test_organisation_create_with_invalid_membership_writes_nothing(world):
    with pytest.raises(ValidationError):
        services.organisation_create(
            actor=world.coordinator,
            network=world.network,
            data={"name": "kargah e.V.", "kind": "migrant_organisation"},
            role="chair",
        )
    assert not Organisation.objects.filter(name="kargah e.V.").exists()
    assert not LogEntry.objects.exists()


def test_organisation_create_refuses_half_coordinates(world):
    with pytest.raises(ValidationError):
        services.organisation_create(
            actor=world.coordinator,
            network=world.network,
            data={"name": "VNB", "kind": "other_ngo", "latitude": 52.37},
            role=MembershipRole.MEMBER,
        )
    assert not Organisation.objects.filter(name="VNB").exists()


def test_organisation_update_logs_field_names_not_values(world):
    services.organisation_update(
        actor=world.org_admin,
        network=world.network,
        organisation=world.organisation,
        data={"phone": "0511 123456", "name": world.organisation.name},
    )
    entry = LogEntry.objects.get(action="network.organisation.changed")
    assert entry.data == {"fields": ["phone"]}
    assert "0511" not in str(entry.data)


@pytest.mark.parametrize(
    ("existing", "new"),
    [
        ((D(2010, 1, 1), None), (D(2015, 1, 1), None)),  # open period contains the new start
        ((D(2010, 1, 1), D(2012, 12, 31)), (D(2012, 12, 31), None)),  # touching on one day
        ((D(2010, 1, 1), D(2012, 12, 31)), (None, D(2010, 1, 1))),  # open start reaches in
        ((None, None), (D(2020, 1, 1), D(2020, 2, 1))),  # an undated period covers everything
    ],
)
def test_overlapping_membership_periods_are_refused(world, existing, new):
    organisation = OrganisationFactory()
    MembershipFactory(
        network=world.network,
        organisation=organisation,
        started_on=existing[0],
        ended_on=existing[1],
    )
    with pytest.raises(ValidationError) as error:
        services.membership_create(
            actor=world.coordinator,
            network=world.network,
            organisation=organisation,
            role=MembershipRole.COOPERATION_PARTNER,
            started_on=new[0],
            ended_on=new[1],
        )
    assert "overlaps" in " ".join(error.value.messages)
    assert Membership.objects.filter(organisation=organisation).count() == 1


def test_a_later_period_after_the_end_is_accepted(world):
    organisation = OrganisationFactory()
    MembershipFactory(
        network=world.network,
        organisation=organisation,
        started_on=D(2005, 1, 1),
        ended_on=D(2010, 12, 31),
        role=MembershipRole.COOPERATION_PARTNER,
    )
    services.membership_create(
        actor=world.coordinator,
        network=world.network,
        organisation=organisation,
        role=MembershipRole.MEMBER,
        started_on=D(2011, 1, 1),
    )
    assert Membership.objects.filter(organisation=organisation).count() == 2


def test_periods_in_different_networks_may_overlap(world):
    services.membership_create(
        actor=world.coordinator,
        network=world.network,
        organisation=world.foreign_organisation,
        role=MembershipRole.MEMBER,
        started_on=D(2020, 1, 1),
    )
    assert world.foreign_organisation.memberships.count() == 2


def test_membership_ending_before_it_starts_is_refused(world):
    membership = Membership.objects.get(network=world.network, organisation=world.organisation)
    with pytest.raises(ValidationError) as error:
        services.membership_update(
            actor=world.coordinator,
            network=world.network,
            membership=membership,
            data={"ended_on": D(2019, 12, 31)},
        )
    assert "ended_on" in error.value.message_dict
    membership.refresh_from_db()
    assert membership.ended_on is None


def test_membership_update_ends_a_membership_and_keeps_it(world):
    membership = Membership.objects.get(network=world.network, organisation=world.organisation)
    services.membership_update(
        actor=world.coordinator,
        network=world.network,
        membership=membership,
        data={"ended_on": D(2021, 6, 30)},
    )
    membership.refresh_from_db()
    assert membership.ended_on == D(2021, 6, 30)
    assert LogEntry.objects.get(action="network.membership.changed").data == {
        "fields": ["ended_on"]
    }


def test_membership_update_cannot_stretch_into_another_period(world):
    organisation = OrganisationFactory()
    early = MembershipFactory(
        network=world.network,
        organisation=organisation,
        started_on=D(2005, 1, 1),
        ended_on=D(2009, 12, 31),
    )
    MembershipFactory(network=world.network, organisation=organisation, started_on=D(2010, 1, 1))
    with pytest.raises(ValidationError):
        services.membership_update(
            actor=world.coordinator,
            network=world.network,
            membership=early,
            data={"ended_on": D(2011, 1, 1)},
        )


def test_membership_of_another_network_is_refused(world):
    foreign = Membership.objects.get(network=world.other_network)
    with pytest.raises(DomainError):
        services.membership_update(
            actor=world.coordinator,
            network=world.network,
            membership=foreign,
            data={"role": MembershipRole.COORDINATION},
        )


# --- contact persons ----------------------------------------------------------------------------


def test_contact_create_update_delete_are_logged_without_personal_data(world):
    contact = services.contact_create(
        actor=world.org_admin,
        network=world.network,
        organisation=world.organisation,
        data={"first_name": "Maria", "last_name": "Oikonomidou", "function": "Projektleitung"},
    )
    services.contact_update(
        actor=world.org_admin,
        network=world.network,
        contact=contact,
        data={"email": "m.oikonomidou@example.org"},
    )
    services.contact_delete(actor=world.org_admin, network=world.network, contact=contact)
    assert not ContactPerson.objects.filter(pk=contact.pk).exists()
    entries = LogEntry.objects.filter(object_type="network.contactperson").order_by("pk")
    assert [e.action.rsplit(".", 1)[1] for e in entries] == ["created", "changed", "deleted"]
    logged = str([e.data for e in entries])
    assert "Oikonomidou" not in logged and "example.org" not in logged


def test_contact_without_last_name_is_refused(world):
    with pytest.raises(ValidationError) as error:
        services.contact_create(
            actor=world.org_admin,
            network=world.network,
            organisation=world.organisation,
            data={"first_name": "Xiao", "last_name": ""},
        )
    assert "last_name" in error.value.message_dict
    assert world.organisation.contacts.count() == 1


def test_contact_with_malformed_email_is_refused_and_unchanged(world):
    contact = ContactPersonFactory(organisation=world.organisation, email="ok@example.org")
    with pytest.raises(ValidationError):
        services.contact_update(
            actor=world.org_admin,
            network=world.network,
            contact=contact,
            data={"email": "not-an-address"},
        )
    contact.refresh_from_db()
    assert contact.email == "ok@example.org"


def test_export_is_logged_with_its_count_only(world):
    services.export_logged(
        actor=world.coordinator, network=world.network, what="contacts", count=12, fmt="csv"
    )
    entry = LogEntry.objects.get()
    assert (entry.action, entry.data) == (
        "network.contacts.exported",
        {"count": 12, "format": "csv"},
    )


def test_every_fixed_first_segment_of_an_office_address_is_a_reserved_slug():
    # /office/<network>/ sits beside fixed paths such as /office/me/: a network must not take
    # one of their names, now or when another app adds one.
    from django.urls import URLResolver, get_resolver

    from verbund.network.models import RESERVED_NETWORK_SLUGS

    office = next(
        entry
        for entry in get_resolver().url_patterns
        if isinstance(entry, URLResolver) and entry.namespace == "office"
    )
    fixed = {
        str(entry.pattern).split("/", 1)[0]
        for entry in office.url_patterns
        if str(entry.pattern) and not str(entry.pattern).startswith("<")
    }
    assert fixed, "expected fixed office paths such as me/"
    assert fixed <= RESERVED_NETWORK_SLUGS
