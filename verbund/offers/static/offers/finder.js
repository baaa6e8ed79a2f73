/* The finder's small enhancements; every page works without them. */
(function () {
  "use strict";

  // Wide screens show the filters beside the results; small ones keep them folded until asked.
  var filters = document.getElementById("finder-filters");
  if (filters && window.matchMedia("(min-width: 992px)").matches) {
    filters.open = true;
  }

  // "Share with a person": copy the address, or hand it to the device's share menu.
  document.querySelectorAll("[data-share]").forEach(function (box) {
    var url = box.dataset.shareUrl;
    var title = box.dataset.shareTitle;
    var status = box.parentElement.querySelector("[data-share-status]");
    var input = box.parentElement.querySelector("input[readonly]");
    var copy = box.querySelector("[data-share-copy]");
    var share = box.querySelector("[data-share-native]");
    if (copy && navigator.clipboard && window.isSecureContext) {
      copy.hidden = false;
      copy.addEventListener("click", function () {
        navigator.clipboard.writeText(url).then(
          function () {
            status.textContent = box.dataset.copied;
          },
          function () {
            status.textContent = box.dataset.copyFailed;
            if (input) {
              input.focus();
              input.select();
            }
          }
        );
      });
    }
    if (share && navigator.share) {
      share.hidden = false;
      share.addEventListener("click", function () {
        // A cancelled share menu is no error worth telling.
        navigator.share({ title: title, url: url }).catch(function () {});
      });
    }
  });

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
