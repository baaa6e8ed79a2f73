"""Back-office addresses of the offerings, under ``/office/<network>/offerings/``."""

from django.urls import path

from verbund.offers import import_views
from verbund.offers import office_views as views

_offerings = "<slug:network>/offerings"
_offering = f"{_offerings}/<int:offering>"
_text = f"{_offering}/texts/<str:language>"

patterns = [
    path(f"{_offerings}/", views.OfferingListView.as_view(), name="offering_list"),
    path(
        f"{_offerings}/export.<str:fmt>",
        views.OfferingExportView.as_view(),
        name="offering_export",
    ),
    path(f"{_offerings}/add/", views.OfferingAddView.as_view(), name="offering_add"),
    path(f"{_offering}/", views.OfferingDetailView.as_view(), name="offering_detail"),
    path(f"{_offering}/edit/", views.OfferingEditView.as_view(), name="offering_edit"),
    path(f"{_offering}/copy/", views.OfferingCopyView.as_view(), name="offering_copy"),
    path(f"{_offering}/publish/", views.OfferingPublishView.as_view(), name="offering_publish"),
    path(
        f"{_offering}/unpublish/",
        views.OfferingUnpublishView.as_view(),
        name="offering_unpublish",
    ),
    path(f"{_offering}/archive/", views.OfferingArchiveView.as_view(), name="offering_archive"),
    path(f"{_offering}/delete/", views.OfferingDeleteView.as_view(), name="offering_delete"),
    path(
        f"{_offering}/translate/",
        views.MachineTranslateView.as_view(),
        name="offering_translate",
    ),
    path(f"{_text}/", views.OfferingTextEditView.as_view(), name="offering_text_edit"),
    path(
        f"{_text}/approve/",
        views.OfferingTextApproveView.as_view(),
        name="offering_text_approve",
    ),
    path(
        f"{_text}/delete/",
        views.OfferingTextDeleteView.as_view(),
        name="offering_text_delete",
    ),
    # Import from a spreadsheet: upload, preview (writes nothing), confirm, template
    path(
        f"{_offerings}/import/",
        import_views.OfferingImportUploadView.as_view(),
        name="offering_import_upload",
    ),
    path(
        f"{_offerings}/import/preview/",
        import_views.OfferingImportPreviewView.as_view(),
        name="offering_import_preview",
    ),
    path(
        f"{_offerings}/import/confirm/",
        import_views.OfferingImportConfirmView.as_view(),
        name="offering_import_confirm",
    ),
    path(
        f"{_offerings}/import/template.<str:fmt>",
        import_views.OfferingImportTemplateView.as_view(),
        name="offering_import_template",
    ),
]
