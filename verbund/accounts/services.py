"""Actions on accounts: staff of organisations, coordinators of networks, the user's own profile.

Each service checks that the objects belong to the network it is given and that the actor may
act there, so the API and management commands can call it as safely as the back office. New
accounts get an unusable password and an e-mail with a link to set their own; the link is sent
only once the transaction has committed, so a rolled-back invitation sends nothing.
"""

import logging
from smtplib import SMTPException

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from rest_framework.authtoken.models import Token

from verbund.accounts.access import forget_access, has_permission
from verbund.accounts.models import (
    NetworkRole,
    NetworkRoleName,
    OrganisationRole,
    OrganisationRoleName,
    User,
)
from verbund.audit.services import log_action
from verbund.core.errors import DomainError
from verbund.network.models import Membership

logger = logging.getLogger(__name__)

STAFF_PERMISSION = "accounts.staff:manage"
COORDINATORS_PERMISSION = "accounts.coordinators:manage"


# --- helpers -------------------------------------------------------------------------------


def _normalise_email(email: str) -> str:
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError as exc:
        raise DomainError(_("Enter a valid e-mail address.")) from exc
    return email


def _require(condition: bool) -> None:
    if not condition:
        raise PermissionDenied


def _require_member(network, organisation) -> None:
    if not Membership.objects.filter(network=network, organisation=organisation).exists():
        raise DomainError(_("This organisation does not belong to the network."))


def _organisation_role_value(role: str) -> str:
    if role not in OrganisationRoleName.values:
        raise DomainError(_("Choose one of the roles offered for an organisation."))
    return role


def _staff_user(*, email: str, first_name: str, last_name: str) -> tuple[User, bool]:
    """The account for ``email``; a new one has no usable password until its owner sets one."""
    user = User.objects.filter(email__iexact=email).first()
    if user is not None:
        if not user.is_active:
            raise DomainError(
                _("This account is deactivated. Ask the operators of Verbund to reactivate it.")
            )
        return user, False
    user = User.objects.create_user(
        email=email, password=None, first_name=first_name.strip(), last_name=last_name.strip()
    )
    return user, True


def _forget_if_own(actor, user) -> None:
    # The actor's roles are cached for the request; later checks must see the change.
    if actor is not None and getattr(actor, "pk", None) == user.pk:
        forget_access(actor)


def password_set_link(user: User, *, base_url: str) -> str:
    """A one-time link to allauth's password reset form, valid for PASSWORD_RESET_TIMEOUT."""
    from allauth.account.forms import default_token_generator
    from allauth.account.utils import user_pk_to_url_str

    path = reverse(
        "account_reset_password_from_key",
        kwargs={
            "uidb36": user_pk_to_url_str(user),
            "key": default_token_generator.make_token(user),
        },
    )
    return base_url.rstrip("/") + path


def send_password_set_email(*, user: User, base_url: str, role, place: str) -> None:
    """Tell a new account's owner which role they were given and where to set their password.

    Written in the recipient's language; ``role`` is a lazy label translated on rendering.
    """
    with translation.override(user.language or settings.LANGUAGE_CODE):
        context = {
            "user": user,
            "role": str(role),
            "place": place,
            "link": password_set_link(user, base_url=base_url),
            "login_url": base_url.rstrip("/") + reverse("account_login"),
            "valid_days": max(1, settings.PASSWORD_RESET_TIMEOUT // (24 * 60 * 60)),
        }
        subject = " ".join(
            render_to_string("accounts/email/password_set_subject.txt", context).split()
        )
        body = render_to_string("accounts/email/password_set_message.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])


def _invite_after_commit(user: User, *, base_url: str, role, place: str) -> None:
    def send():
        try:
            send_password_set_email(user=user, base_url=base_url, role=role, place=place)
        except (OSError, SMTPException) as exc:
            # The role is granted already; the person can still use "Forgot your password?".
            logger.warning("Password e-mail for user %s not sent: %s", user.pk, type(exc).__name__)

    transaction.on_commit(send)


def _last_admin_check(*, actor, role: OrganisationRole) -> None:
    """An organisation's last admin may not take away their own admin role."""
    if role.role != OrganisationRoleName.ADMIN or role.user_id != getattr(actor, "pk", None):
        return
    admins = list(
        OrganisationRole.objects.select_for_update()
        .filter(organisation_id=role.organisation_id, role=OrganisationRoleName.ADMIN)
        .values_list("pk", flat=True)
    )
    if len(admins) <= 1:
        raise DomainError(
            _(
                "You are the last admin of this organisation. Give another person the admin "
                "role before you give up yours."
            )
        )


# --- staff of an organisation --------------------------------------------------------------


@transaction.atomic
def staff_add(
    *,
    actor,
    network,
    organisation,
    email: str,
    role: str,
    first_name: str = "",
    last_name: str = "",
    base_url: str,
) -> OrganisationRole:
    """Give the person with ``email`` a role in ``organisation``, creating their account if new."""
    role = _organisation_role_value(role)
    email = _normalise_email(email)
    _require_member(network, organisation)
    _require(has_permission(actor, STAFF_PERMISSION, network=network, organisation=organisation))
    user, created = _staff_user(email=email, first_name=first_name, last_name=last_name)
    if OrganisationRole.objects.filter(user=user, organisation=organisation, role=role).exists():
        raise DomainError(_("This person already holds this role in the organisation."))
    grant = OrganisationRole.objects.create(user=user, organisation=organisation, role=role)
    log_action(
        actor=actor,
        action="accounts.staff:add",
        obj=grant,
        network=network,
        data={
            "user": user.pk,
            "organisation": organisation.pk,
            "role": role,
            "account_created": created,
        },
    )
    if created:
        _invite_after_commit(
            user,
            base_url=base_url,
            role=OrganisationRoleName(role).label,
            place=organisation.display_name,
        )
    _forget_if_own(actor, user)
    return grant


def _checked_organisation_role(*, actor, network, role: OrganisationRole) -> OrganisationRole:
    _require_member(network, role.organisation)
    _require(
        has_permission(actor, STAFF_PERMISSION, network=network, organisation=role.organisation)
    )
    # Work on the current row, locked, not on what the caller read earlier.
    return (
        OrganisationRole.objects.select_for_update().select_related("organisation").get(pk=role.pk)
    )


@transaction.atomic
def staff_role_change(*, actor, network, role: OrganisationRole, new_role: str) -> OrganisationRole:
    """Replace ``role`` by ``new_role`` for the same person and organisation."""
    new_role = _organisation_role_value(new_role)
    role = _checked_organisation_role(actor=actor, network=network, role=role)
    if role.role == new_role:
        return role
    if OrganisationRole.objects.filter(
        user_id=role.user_id, organisation_id=role.organisation_id, role=new_role
    ).exists():
        raise DomainError(
            _("This person already holds that role here; remove the other role instead.")
        )
    _last_admin_check(actor=actor, role=role)
    old_role = role.role
    role.role = new_role
    role.save(update_fields=["role"])
    log_action(
        actor=actor,
        action="accounts.staff:change_role",
        obj=role,
        network=network,
        data={
            "user": role.user_id,
            "organisation": role.organisation_id,
            "from": old_role,
            "to": new_role,
        },
    )
    _forget_if_own(actor, role.user)
    return role


@transaction.atomic
def staff_role_remove(*, actor, network, role: OrganisationRole) -> None:
    """Take ``role`` away; the person's account and their other roles stay."""
    role = _checked_organisation_role(actor=actor, network=network, role=role)
    _last_admin_check(actor=actor, role=role)
    log_action(
        actor=actor,
        action="accounts.staff:remove_role",
        obj=role,
        network=network,
        data={"user": role.user_id, "organisation": role.organisation_id, "role": role.role},
    )
    user = role.user
    role.delete()
    _forget_if_own(actor, user)


# --- coordinators of a network -------------------------------------------------------------


@transaction.atomic
def coordinator_appoint(
    *,
    actor,
    network,
    email: str,
    first_name: str = "",
    last_name: str = "",
    base_url: str,
) -> NetworkRole:
    """Make the person with ``email`` a coordinator of ``network``, with a new account if needed."""
    email = _normalise_email(email)
    _require(has_permission(actor, COORDINATORS_PERMISSION, network=network))
    user, created = _staff_user(email=email, first_name=first_name, last_name=last_name)
    if NetworkRole.objects.filter(
        user=user, network=network, role=NetworkRoleName.COORDINATOR
    ).exists():
        raise DomainError(_("This person is already a coordinator of the network."))
    grant = NetworkRole.objects.create(user=user, network=network, role=NetworkRoleName.COORDINATOR)
    log_action(
        actor=actor,
        action="accounts.coordinator:appoint",
        obj=grant,
        network=network,
        data={"user": user.pk, "account_created": created},
    )
    if created:
        _invite_after_commit(
            user,
            base_url=base_url,
            role=NetworkRoleName.COORDINATOR.label,
            place=network.name,
        )
    _forget_if_own(actor, user)
    return grant


@transaction.atomic
def coordinator_remove(*, actor, network, role: NetworkRole) -> None:
    """End a coordinator's appointment; a network always keeps at least one coordinator."""
    if role.network_id != network.pk:
        raise DomainError(_("This appointment belongs to another network."))
    _require(has_permission(actor, COORDINATORS_PERMISSION, network=network))
    coordinators = list(
        NetworkRole.objects.select_for_update()
        .filter(network=network, role=NetworkRoleName.COORDINATOR)
        .values_list("pk", flat=True)
    )
    if role.pk not in coordinators:
        raise DomainError(_("This coordinator was removed already."))
    if len(coordinators) <= 1:
        raise DomainError(
            _(
                "A network needs at least one coordinator. Appoint another coordinator before "
                "removing this one."
            )
        )
    log_action(
        actor=actor,
        action="accounts.coordinator:remove",
        obj=role,
        network=network,
        data={"user": role.user_id},
    )
    user = role.user
    role.delete()
    _forget_if_own(actor, user)


# --- the user's own account ----------------------------------------------------------------


@transaction.atomic
def user_profile_update(
    *, actor, user: User, first_name: str, last_name: str, language: str
) -> User:
    if getattr(actor, "pk", None) != user.pk:
        raise PermissionDenied
    if language not in settings.OFFICE_LANGUAGES:
        raise DomainError(_("Choose one of the languages offered."))
    values = {
        "first_name": first_name.strip(),
        "last_name": last_name.strip(),
        "language": language,
    }
    changed = [name for name, value in values.items() if getattr(user, name) != value]
    if changed:
        for name, value in values.items():
            setattr(user, name, value)
        user.save(update_fields=changed)
        log_action(
            actor=actor, action="accounts.user:update_profile", obj=user, data={"fields": changed}
        )
    return user


@transaction.atomic
def api_token_create(*, actor, user: User) -> Token:
    """A new API token for ``user``, replacing the old one; its key is shown to them only now."""
    if getattr(actor, "pk", None) != user.pk:
        raise PermissionDenied
    replaced = Token.objects.filter(user=user).delete()[0] > 0
    token = Token.objects.create(user=user)
    # The token's primary key is its secret: the log names the user, never the token.
    log_action(
        actor=actor, action="accounts.api_token:create", obj=user, data={"replaced": replaced}
    )
    return token


@transaction.atomic
def api_token_revoke(*, actor, user: User) -> bool:
    if getattr(actor, "pk", None) != user.pk:
        raise PermissionDenied
    revoked = Token.objects.filter(user=user).delete()[0] > 0
    if revoked:
        log_action(actor=actor, action="accounts.api_token:revoke", obj=user)
    return revoked
