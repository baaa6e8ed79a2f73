/* The finder's map: the markers of the results listed beside it (Leaflet, served by us).

Tiles only when the operators configured a tile server (data-tile-url); otherwise the map is a
plain surface and the visitor's browser contacts nobody. Texts come from the page, translated. */
(function () {
  "use strict";
  var element = document.getElementById("finder-map");
  var data = document.getElementById("finder-map-data");
  if (!element || !data || !window.L) {
    return;
  }
  var markers = JSON.parse(data.textContent);
  var settings = element.dataset;
  var map = L.map(element, {
    zoomControl: false,
    attributionControl: false,
    minZoom: 3,
    maxZoom: 18,
  });
  L.control.zoom({ zoomInTitle: settings.zoomIn, zoomOutTitle: settings.zoomOut }).addTo(map);
  if (settings.tileUrl) {
    L.control.attribution({ prefix: false }).addTo(map);
    L.tileLayer(settings.tileUrl, { attribution: settings.attribution, maxZoom: 18 }).addTo(map);
  }
  // Icon addresses from the page: Leaflet's own guess breaks on hashed static file names.
  var icon = L.icon({
    iconUrl: settings.icon,
    iconRetinaUrl: settings.icon2x,
    shadowUrl: settings.shadow,
    iconSize: [25, 41],
    iconAnchor: [12, 41],
    popupAnchor: [1, -34],
    shadowSize: [41, 41],
  });
  var points = markers.map(function (item) {
    var content = document.createElement("div");
    var link = document.createElement("a");
    link.href = item.url;
    link.textContent = item.title;
    content.appendChild(link);
    if (item.place) {
      var place = document.createElement("div");
      place.textContent = item.place;
      content.appendChild(place);
    }
    L.marker([item.lat, item.lon], { icon: icon, alt: item.title, title: item.title })
      .bindPopup(content)
      .addTo(map);
    return [item.lat, item.lon];
  });
  map.fitBounds(points, { padding: [32, 32], maxZoom: 15 });
  map.on("popupopen", function (event) {
    var close = event.popup.getElement().querySelector(".leaflet-popup-close-button");
    if (close) {
      close.setAttribute("aria-label", settings.close);
      close.setAttribute("title", settings.close);
    }
  });
})();
