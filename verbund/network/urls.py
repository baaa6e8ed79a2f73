from django.urls import path

from verbund.network import views

public_patterns = [
    path("", views.PublicHomeView.as_view(), name="home"),
    path("n/<slug:network>/", views.PublicNetworkView.as_view(), name="network"),
]

office_patterns = [
    path("", views.OfficeHomeView.as_view(), name="home"),
    path("<slug:network>/", views.NetworkOverviewView.as_view(), name="network"),
]
