/*
 * The header's live unread count (issue 14: pages must never hang).
 *
 * A browser allows six HTTP/1.1 connections to a server. A stream opened by every page (and kept by pages resting in the
 * back/forward cache, and by every open tab) uses them up, and the next page waits for one. So the browser keeps one
 * stream, whatever the number of pages and tabs:
 * - the tabs elect a leader with a Web Lock; only the tab holding the lock opens /notifications/stream, and it passes
 *   each count to the others over a BroadcastChannel. When the leader's page goes away, its lock is released and
 *   another tab takes over.
 * - a page gives up its stream (and its place in the queue for the lock) on pagehide, and asks again on pageshow when
 *   it comes back from the back/forward cache. A page never holds a connection while it is not shown.
 * Without Web Locks or BroadcastChannel each page keeps its own stream, still closed on pagehide.
 * The count the server put in the page stays until the first event; the markup is
 *   <span id="unread-count" data-stream="/notifications/stream">3</span>
 */
(function () {
  'use strict';
  var count = document.getElementById('unread-count');
  if (!count || !count.dataset.stream || !('EventSource' in window)) {
    return;
  }
  var shared = 'locks' in navigator && 'BroadcastChannel' in window;
  var channel = null;
  var source = null;
  var releaseLock = null;
  var stopWaiting = null;

  function show(unread) {
    if (count.textContent !== unread) {
      count.textContent = unread;
    }
  }

  function tell(message) {
    if (channel) {
      channel.postMessage(message);
    }
  }

  function closeStream() {
    if (source) {
      source.close();
      source = null;
    }
    if (releaseLock) {
      releaseLock();
      releaseLock = null;
    }
  }

  function openStream() {
    source = new EventSource(count.dataset.stream);
    source.addEventListener('unread', function (event) {
      show(event.data);
      tell({ unread: event.data });
    });
    source.addEventListener('error', function () {
      // EventSource retries by itself; CLOSED means it gave up (e.g. signed out): let another tab try
      if (source && source.readyState === EventSource.CLOSED) {
        closeStream();
      }
    });
  }

  function start() {
    if (!shared) {
      openStream();
      return;
    }
    channel = new BroadcastChannel('waypoint-unread-count');
    channel.addEventListener('message', function (event) {
      if (event.data.unread !== undefined) {
        show(event.data.unread);
      } else if (event.data.ask && source) {
        tell({ unread: count.textContent });
      }
    });
    // a page back from the back/forward cache may show an old count: the leader answers with its own
    tell({ ask: true });
    var waiting = new AbortController();
    stopWaiting = function () { waiting.abort(); };
    navigator.locks.request('waypoint-unread-stream', { signal: waiting.signal }, function () {
      stopWaiting = null;
      return new Promise(function (release) {
        releaseLock = release;
        openStream();
      });
    }).catch(function () {
      // the wait was given up on pagehide
    });
  }

  function stop() {
    closeStream();
    if (stopWaiting) {
      stopWaiting();
      stopWaiting = null;
    }
    if (channel) {
      channel.close();
      channel = null;
    }
  }

  window.addEventListener('pagehide', stop);
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      start();
    }
  });
  start();
}());
