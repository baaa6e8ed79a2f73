"""Back-office addresses of outgoing e-mail, under ``/office/<network>/outbox/``."""

from django.urls import path

from verbund.outbox import views

office_patterns = [
    path("<slug:network>/outbox/", views.OutboxListView.as_view(), name="outbox_list"),
    path(
        "<slug:network>/outbox/<int:email>/retry/",
        views.OutboxRetryView.as_view(),
        name="outbox_retry",
    ),
]
