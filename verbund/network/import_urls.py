from django.urls import path

from verbund.network import import_views

office_patterns = [
    path(
        "<slug:network>/import/",
        import_views.ImportUploadView.as_view(),
        name="import_upload",
    ),
    path(
        "<slug:network>/import/preview/",
        import_views.ImportPreviewView.as_view(),
        name="import_preview",
    ),
    path(
        "<slug:network>/import/confirm/",
        import_views.ImportConfirmView.as_view(),
        name="import_confirm",
    ),
    path(
        "<slug:network>/import/template.<str:fmt>",
        import_views.ImportTemplateView.as_view(),
        name="import_template",
    ),
]
