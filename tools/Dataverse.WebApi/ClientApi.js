// The emulator's form page: an Xrm client API over the served Web API, and the form's onload handlers run against it.
// Only the members web resources on a form reach for; everything else is absent on purpose, so a script that needs
// more fails visibly instead of silently doing nothing.
(function () {
  "use strict";
  var setup = window.__formSetup;
  var api = "/api/data/v9.2/";

  function setOf(entity) {
    var set = setup.entitySets[entity];
    if (!set) throw new Error("No table named '" + entity + "'.");
    return set;
  }

  function bare(id) {
    return String(id).replace(/[{}]/g, "").toLowerCase();
  }

  function request(method, path, body, headers) {
    var all = {
      Accept: "application/json",
      "OData-MaxVersion": "4.0",
      "OData-Version": "4.0",
      Prefer: 'odata.include-annotations="*"',
    };
    Object.keys(headers || {}).forEach(function (name) { all[name] = headers[name]; });
    if (body !== undefined) all["Content-Type"] = "application/json; charset=utf-8";
    return fetch(api + path, { method: method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) }).then(function (response) {
      if (response.status === 204) return { response: response, json: null };
      return response.json().then(function (json) {
        if (!response.ok) {
          // Xrm.WebApi rejects with an error object carrying the platform's code and message.
          var error = (json && json.error) || {};
          throw { errorCode: parseInt(error.code, 16) || response.status, message: error.message || response.statusText, code: parseInt(error.code, 16) || response.status };
        }
        return { response: response, json: json };
      });
    });
  }

  function idFrom(response) {
    var match = /\(([0-9a-fA-F-]{36})\)$/.exec(response.headers.get("OData-EntityId") || "");
    return match ? match[1] : undefined;
  }

  var webApi = {
    retrieveRecord: function (entity, id, options) {
      return request("GET", setOf(entity) + "(" + bare(id) + ")" + (options || "")).then(function (r) { return r.json; });
    },
    retrieveMultipleRecords: function (entity, options, maxPageSize) {
      var path = options && options.indexOf(api) >= 0 ? options.substring(options.indexOf(api) + api.length) : setOf(entity) + (options || "");
      return request("GET", path, undefined, maxPageSize ? { Prefer: 'odata.include-annotations="*",odata.maxpagesize=' + maxPageSize } : undefined).then(function (r) {
        var result = { entities: r.json.value };
        if (r.json["@odata.nextLink"]) result.nextLink = r.json["@odata.nextLink"];
        return result;
      });
    },
    createRecord: function (entity, data) {
      return request("POST", setOf(entity), data).then(function (r) { return { entityType: entity, id: idFrom(r.response) }; });
    },
    updateRecord: function (entity, id, data) {
      return request("PATCH", setOf(entity) + "(" + bare(id) + ")", data, { "If-Match": "*" }).then(function () { return { entityType: entity, id: bare(id) }; });
    },
    deleteRecord: function (entity, id) {
      return request("DELETE", setOf(entity) + "(" + bare(id) + ")").then(function () { return { entityType: entity, id: bare(id) }; });
    },
  };

  var Xrm = {
    WebApi: webApi,
    Utility: {
      getGlobalContext: function () {
        return {
          userSettings: { languageId: setup.languageId },
          getClientUrl: function () { return location.origin; },
        };
      },
    },
  };
  window.Xrm = Xrm;

  var formContext = {
    data: {
      entity: {
        getId: function () { return "{" + setup.id.toUpperCase() + "}"; },
        getEntityName: function () { return setup.table; },
      },
    },
    getControl: function (name) {
      var frame = document.getElementById(name);
      if (!frame || setup.controls.indexOf(name) < 0) return null;
      return {
        getName: function () { return name; },
        getContentWindow: function () {
          // Resolves once the web resource has loaded, as the platform's getContentWindow does.
          return new Promise(function (resolve) {
            if (frame.contentDocument && frame.contentDocument.readyState === "complete" && frame.contentWindow.location.href !== "about:blank") resolve(frame.contentWindow);
            else frame.addEventListener("load", function () { resolve(frame.contentWindow); }, { once: true });
          });
        },
      };
    },
  };

  function resolve(path) {
    return path.split(".").reduce(function (target, part) { return target ? target[part] : undefined; }, window);
  }

  if (setup.primaryName) {
    webApi.retrieveRecord(setup.table, setup.id, "?$select=" + setup.primaryName).then(
      function (record) { document.getElementById("record-name").textContent = record[setup.primaryName] || ""; },
      function (error) { document.getElementById("record-name").textContent = error.message; },
    );
  }

  var executionContext = { getFormContext: function () { return formContext; }, getEventSource: function () { return formContext; } };
  var handlers = setup.onLoad.map(function (handler) {
    var fn = resolve(handler.name);
    if (typeof fn !== "function") return Promise.reject(new Error("The onload handler " + handler.name + " is not defined by the form's libraries."));
    var args = handler.passContext ? [executionContext] : [];
    if (handler.parameters) args = args.concat(JSON.parse("[" + handler.parameters + "]"));
    return Promise.resolve(fn.apply(null, args));
  });
  Promise.all(handlers).then(
    function () { document.body.setAttribute("data-form-loaded", "true"); },
    function (error) {
      document.body.setAttribute("data-form-loaded", "error");
      console.error(error);
    },
  );
})();
