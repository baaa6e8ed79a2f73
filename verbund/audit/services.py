from verbund.audit.models import LogEntry


def log_action(*, actor, action: str, obj, network=None, data: dict | None = None) -> LogEntry:
    """Record that ``actor`` did ``action`` to ``obj``; call inside the service's transaction."""
    return LogEntry.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        network=network,
        action=action,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        data=data or {},
    )
