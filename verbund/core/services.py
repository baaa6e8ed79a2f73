"""Pieces every app's services share."""


def locked(instance):
    """The stored row, read afresh and locked for the transaction.

    Update services work on this copy: a form may already have set its values on the caller's
    instance while validating, a refused change must not leave that instance half-changed, and
    two people saving at once are served one after the other.
    """
    return type(instance).objects.select_for_update().get(pk=instance.pk)


def apply_changes(instance, data: dict, *, allowed=None) -> tuple[list[str], dict]:
    """Set cleaned form or API data on ``instance`` the way forms do (a file field takes
    ``False`` as "clear").

    Returns the names of the plain fields that changed (all of them on a new instance; a newly
    uploaded file always counts) and the many-to-many values, which can only be set once the row
    is saved. ``allowed`` names the fields a service lets callers edit.
    """
    if allowed is not None and (unknown := set(data) - set(allowed)):
        raise TypeError(f"{type(instance).__name__} has no editable fields {sorted(unknown)}")
    changed, many = [], {}
    for name, value in data.items():
        field = instance._meta.get_field(name)
        if field.many_to_many:
            many[name] = list(value)
            continue
        before = field.value_from_object(instance)
        field.save_form_data(instance, value)
        after = field.value_from_object(instance)
        uploaded = hasattr(after, "_committed") and not after._committed
        if instance.pk is None or uploaded or after != before:
            changed.append(name)
    return changed, many


def set_many_to_many(instance, many: dict) -> list[str]:
    """Set the many-to-many values ``apply_changes`` returned, on the saved ``instance``.

    Returns the names of the relations whose members changed; unchanged ones are not rewritten.
    """
    changed = []
    for name, values in many.items():
        related = getattr(instance, name)
        if {value.pk for value in values} != set(related.values_list("pk", flat=True)):
            related.set(values)
            changed.append(name)
    return changed
