// A stand-in for Microsoft's office.js, served by the browser tests in place
// of https://appsforoffice.microsoft.com/lib/1/hosted/office.js. It builds the
// Office API surface the pane's adapter reads from window.__FAKE_OFFICE__,
// which each test sets with page.addInitScript. This is the only mock in the
// browser tests: everything behind it (pane, server, core) is real.
(function () {
  var config = window.__FAKE_OFFICE__;
  if (!config) return; // behave like office.js outside Office: no host
  var readyAt = Date.now() + (config.readyDelayMs || 10);
  // When the host answers, on the page's clock (the pane bench measures from it).
  window.__FAKE_OFFICE_READY_AT__ = performance.now() + (config.readyDelayMs || 10);
  var supported = config.requirementSet || "1.14";
  function versionAtMost(wanted, have) {
    var w = wanted.split(".").map(Number);
    var h = have.split(".").map(Number);
    return w[0] < h[0] || (w[0] === h[0] && (w[1] || 0) <= (h[1] || 0));
  }
  var handlers = {};
  var item = null;
  if (config.compose) {
    item = {
      itemType: "message",
      from: {
        getAsync: function (options, callback) {
          var cb = typeof options === "function" ? options : callback;
          setTimeout(function () {
            cb({
              status: "succeeded",
              value: { emailAddress: config.compose.from, displayName: config.compose.fromName || "" },
            });
          }, 5);
        },
      },
    };
  } else {
    // Read mode: the selected message (config.read: itemClass, from, subject, body).
    var read = config.read || {};
    item = {
      itemType: "message",
      itemClass: read.itemClass || "IPM.Note",
      subject: read.subject || "Hello",
      from: { emailAddress: read.from || "someone@example.org", displayName: read.fromName || "Someone" },
      body: {
        getAsync: function (coercionType, options, callback) {
          var cb = typeof options === "function" ? options : callback;
          setTimeout(function () {
            cb({ status: "succeeded", value: read.body || "" });
          }, 5);
        },
      },
    };
  }
  // An item in a shared folder or shared mailbox (Mailbox 1.8): config.shared = { owner, delegatePermissions }.
  item.getSharedPropertiesAsync = function (options, callback) {
    var cb = typeof options === "function" ? options : callback;
    setTimeout(function () {
      if (config.shared) {
        cb({
          status: "succeeded",
          value: {
            owner: config.shared.owner,
            delegatePermissions: config.shared.delegatePermissions || 1,
            targetMailbox: "https://outlook.office.com/",
            targetRestUrl: "https://outlook.office.com/api",
          },
        });
      } else {
        cb({ status: "failed", error: { code: 9000, message: "The item is not in a shared folder." } });
      }
    }, 5);
  };
  var mailbox = {
    userProfile: {
      emailAddress: config.emailAddress,
      displayName: config.displayName || "",
      accountType: config.accountType,
      timeZone: "UTC",
    },
    diagnostics: {
      hostName: config.hostName || "OutlookWebApp",
      hostVersion: config.hostVersion || "16.0.0.0",
    },
    item: item,
    addHandlerAsync: function (eventType, handler, options, callback) {
      handlers[eventType] = handler;
      var cb = typeof options === "function" ? options : callback;
      if (cb) cb({ status: "succeeded" });
    },
    removeHandlerAsync: function (eventType, options, callback) {
      delete handlers[eventType];
      var cb = typeof options === "function" ? options : callback;
      if (cb) cb({ status: "succeeded" });
    },
  };
  var Office = {
    HostType: { Outlook: "Outlook" },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { ItemChanged: "olkItemSelectedChanged", OfficeThemeChanged: "officeThemeChanged" },
    CoercionType: { Text: "text" },
    context: {
      mailbox: mailbox,
      diagnostics: {
        host: "Outlook",
        platform: config.platform || "OfficeOnline",
        version: config.hostVersion || "16.0.0.0",
      },
      platform: config.platform || "OfficeOnline",
      host: "Outlook",
      displayLanguage: config.displayLanguage || "en-US",
      contentLanguage: config.displayLanguage || "en-US",
      officeTheme: config.theme || {
        bodyBackgroundColor: "#ffffff",
        bodyForegroundColor: "#000000",
        controlBackgroundColor: "#ffffff",
        controlForegroundColor: "#000000",
      },
      requirements: {
        isSetSupported: function (name, version) {
          return name === "Mailbox" && versionAtMost(version || "1.1", supported);
        },
      },
      ui: {
        openBrowserWindow: function (url) {
          window.__FAKE_OFFICE_OPENED__ = (window.__FAKE_OFFICE_OPENED__ || []).concat([url]);
        },
      },
    },
    // As office.js does: the host handshake starts when the script loads, and every onReady call resolves
    // when it completes, at once for a call made after that (the host answers readyDelayMs after load).
    onReady: function (callback) {
      var info = { host: "Outlook", platform: config.platform || "OfficeOnline" };
      return new Promise(function (resolve) {
        setTimeout(
          function () {
            if (callback) callback(info);
            resolve(info);
          },
          Math.max(0, readyAt - Date.now()),
        );
      });
    },
    initialize: function () {},
  };
  window.Office = Office;
  // Lets a test switch items like a pinned pane would see.
  window.__fireItemChanged__ = function () {
    var h = handlers[Office.EventType.ItemChanged];
    if (h) h({ type: Office.EventType.ItemChanged });
  };
})();
