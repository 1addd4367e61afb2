/*
 * Waypoint: draws a process diagram and highlights the step(s) a process is at.
 *
 * Needs the bpmn-js viewer loaded first (it defines window.BpmnJS), e.g.
 *   <link rel="stylesheet" href="/vendor/bpmn-js/assets/diagram-js.css">
 *   <link rel="stylesheet" href="/vendor/bpmn-js/assets/bpmn-js.css">
 *   <link rel="stylesheet" href="/css/process-diagram.css">
 *   <script src="/vendor/bpmn-js/bpmn-navigated-viewer.production.min.js" defer></script>
 *   <script src="/js/process-diagram.js" defer></script>
 * and, for each diagram, an element such as
 *   <div class="process-diagram" data-diagram-url="/api/process-models/PathwayReviewProcess/diagram?version=2"
 *        data-current-steps="Task_ScheduleReview" role="group" aria-label="Pathway review, at: Schedule the review"></div>
 * (a group, not an image: the drawing holds controls, the viewer's canvas and the bpmn.io link, which an image may not)
 * data-current-steps lists BPMN element ids, separated by spaces or commas. The page should also say the current steps in
 * text: the drawing is an aid, not the only place the information is.
 *
 * An element with data-zoom-controls gets buttons before it to zoom in, zoom out and fit the drawing again (dragging the
 * drawing pans it, as the viewer does by itself).
 *
 * Each element gets data-diagram-state="drawn" once drawn (or "failed", with a message in it), which browser tests wait for.
 */
(function () {
  'use strict';

  var CURRENT = 'process-diagram__current';
  var SELECTOR = '[data-diagram-url]';

  function currentSteps(element) {
    return (element.getAttribute('data-current-steps') || '').split(/[\s,]+/).filter(Boolean);
  }

  function fetchXml(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/xml' } }).then(function (response) {
      if (!response.ok) {
        throw new Error('The diagram could not be loaded (' + response.status + ').');
      }
      return response.text();
    });
  }

  function fail(element, error) {
    element.setAttribute('data-diagram-state', 'failed');
    var message = document.createElement('p');
    message.className = 'process-diagram__error';
    message.textContent = 'The process diagram could not be shown.';
    element.replaceChildren(message);
    if (window.console) {
      window.console.warn(error);
    }
  }

  /** Draws one diagram into element; resolves with the viewer, or rejects after showing a message in the element. */
  function draw(element) {
    if (typeof window.BpmnJS !== 'function') {
      var missing = new Error('The bpmn-js viewer is not loaded.');
      fail(element, missing);
      return Promise.reject(missing);
    }
    element.setAttribute('data-diagram-state', 'loading');
    var viewer = new window.BpmnJS({ container: element });
    return fetchXml(element.getAttribute('data-diagram-url'))
      .then(function (xml) {
        return viewer.importXML(xml);
      })
      .then(function () {
        var canvas = viewer.get('canvas');
        var elements = viewer.get('elementRegistry');
        currentSteps(element).forEach(function (id) {
          if (elements.get(id)) {
            canvas.addMarker(id, CURRENT);
          }
        });
        canvas.zoom('fit-viewport', 'auto');
        if (element.hasAttribute('data-zoom-controls')) {
          addZoomControls(element, canvas);
        }
        if (!element.hasAttribute('role')) {
          element.setAttribute('role', 'group');
        }
        if (!element.hasAttribute('aria-label')) {
          element.setAttribute('aria-label', 'Process diagram; the current step is highlighted');
        }
        element.setAttribute('data-diagram-state', 'drawn');
        return viewer;
      })
      .catch(function (error) {
        viewer.destroy();
        fail(element, error);
        throw error;
      });
  }

  /** Buttons before the drawing to zoom in, zoom out and fit it to its box again. */
  function addZoomControls(element, canvas) {
    var controls = document.createElement('div');
    controls.className = 'process-diagram__zoom';
    [['Zoom in', function () { canvas.zoom(canvas.zoom() * 1.25); }],
      ['Zoom out', function () { canvas.zoom(canvas.zoom() / 1.25); }],
      ['Fit to the box', function () { canvas.zoom('fit-viewport', 'auto'); }]].forEach(function (control) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'button secondary';
      button.textContent = control[0];
      button.addEventListener('click', control[1]);
      controls.appendChild(button);
    });
    element.parentNode.insertBefore(controls, element);
  }

  /** Draws every diagram element inside root (the document by default) that is not drawn yet. */
  function drawAll(root) {
    var elements = (root || document).querySelectorAll(SELECTOR);
    return Promise.allSettled(Array.prototype.filter.call(elements, function (element) {
      return !element.hasAttribute('data-diagram-state');
    }).map(draw));
  }

  window.WaypointProcessDiagram = { draw: draw, drawAll: drawAll };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () {
      drawAll(document);
    });
  } else {
    drawAll(document);
  }
  // content swapped in by htmx may bring diagrams of its own
  document.addEventListener('htmx:afterSettle', function (event) {
    drawAll(event.target);
  });
}());
