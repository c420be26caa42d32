// Small progressive enhancement only: every page works without this file.
'use strict';
(function () {
  // Poll a progress endpoint for <progress data-poll="url"> and update the bar and its text; reload
  // the page once the work is finished so the rest of the page catches up.
  function poll(el) {
    var url = el.getAttribute('data-poll');
    var label = document.getElementById(el.getAttribute('aria-describedby') || '');
    function tick() {
      fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (p) {
          if (!p) return;
          el.value = p.percent;
          if (label) label.textContent = p.text;
          if (p.finished) { window.location.reload(); return; }
          setTimeout(tick, 1000);
        })
        .catch(function () { setTimeout(tick, 3000); });
    }
    setTimeout(tick, 500);
  }
  document.querySelectorAll('progress[data-poll]').forEach(poll);

  // Buttons that ask "are you sure?" (data-confirm) before a form that cannot be undone.
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      if (!window.confirm(form.getAttribute('data-confirm'))) e.preventDefault();
    });
  });

  // Focus the error summary after a failed form so keyboard and screen-reader users land on it.
  var summary = document.querySelector('.error-summary');
  if (summary) summary.focus();
})();
