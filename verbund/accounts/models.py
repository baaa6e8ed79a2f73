"""Staff users and the roles they hold.

Roles are granted per organisation (admin, caseworker, multiplier, viewer) and per network
(coordinator). What a role may do lives in code (``roles.py``), not in the database, so a new
permission needs no data migration.
"""

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _

from verbund.network.models import Network, Organisation


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email, password=None, **extra):
        extra["is_staff"] = True
        extra["is_superuser"] = True
        return self._create_user(email, password, **extra)


class User(AbstractUser):
    username = None
    email = models.EmailField(_("e-mail"), unique=True)
    language = models.CharField(_("language"), max_length=10, default="de")

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        ordering = ["email"]
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.get_full_name() or self.email


class OrganisationRoleName(models.TextChoices):
    ADMIN = "admin", _("organisation admin")
    CASEWORKER = "caseworker", _("caseworker")
    MULTIPLIER = "multiplier", _("multiplier")
    VIEWER = "viewer", _("viewer")


class NetworkRoleName(models.TextChoices):
    COORDINATOR = "coordinator", _("coordinator")


class OrganisationRole(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="organisation_roles")
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="staff_roles",
    )
    role = models.CharField(_("role"), max_length=20, choices=OrganisationRoleName.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("organisation role")
        verbose_name_plural = _("organisation roles")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation", "role"], name="unique_organisation_role"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.get_role_display()} – {self.organisation}"


class NetworkRole(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="network_roles")
    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="staff_roles"
    )
    role = models.CharField(_("role"), max_length=20, choices=NetworkRoleName.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("network role")
        verbose_name_plural = _("network roles")
        constraints = [
            models.UniqueConstraint(fields=["user", "network", "role"], name="unique_network_role")
        ]

    def __str__(self):
        return f"{self.user} – {self.get_role_display()} – {self.network}"
