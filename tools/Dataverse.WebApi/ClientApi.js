// The emulator's form page: an Xrm client API over the served Web API, the form's sections with their columns and web
// resources, and the form's onload and onchange handlers run against them. Only the Client API members scripts on a
// form commonly reach for are here; anything else is absent on purpose, so a script that needs more fails visibly
// (the error shows as a form notification) instead of silently doing nothing.
(function () {
  "use strict";
  var setup = window.__formSetup;
  var api = "/api/data/v9.2/";
  var FORMATTED = "@OData.Community.Display.V1.FormattedValue";
  var LOOKUP_TABLE = "@Microsoft.Dynamics.CRM.lookuplogicalname";

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

  window.Xrm = {
    WebApi: webApi,
    Utility: {
      getGlobalContext: function () {
        return { userSettings: { languageId: setup.languageId }, getClientUrl: function () { return location.origin; } };
      },
      getPageContext: function () {
        return { input: { pageType: "entityrecord", entityName: setup.table, entityId: setup.id } };
      },
    },
  };

  // ------------------------------------------------------------------ notifications

  var notificationBar = document.getElementById("form-notifications");
  var notifications = {};

  function renderNotifications() {
    notificationBar.textContent = "";
    Object.keys(notifications).forEach(function (id) {
      var item = document.createElement("div");
      item.className = notifications[id].level;
      item.setAttribute("data-notification", id);
      item.textContent = notifications[id].message;
      notificationBar.appendChild(item);
    });
  }

  function notify(message, level, id) {
    notifications[id] = { message: message, level: level };
    renderNotifications();
    return true;
  }

  function clear(id) {
    var had = Object.prototype.hasOwnProperty.call(notifications, id);
    delete notifications[id];
    renderNotifications();
    return had;
  }

  function scriptFailed(error) {
    console.error(error);
    notify("A script on this form failed: " + ((error && error.message) || String(error)), "ERROR", "__script");
  }

  // ------------------------------------------------------------------ attributes and controls

  var attributes = {};
  var controls = {};
  var dataLoadHandlers = [];

  function property(column, meta) {
    return meta.type === "lookup" ? "_" + column + "_value" : column;
  }

  function valueFrom(row, column, meta) {
    var raw = row[property(column, meta)];
    if (raw === null || raw === undefined) return null;
    switch (meta.type) {
      case "lookup":
        return [{ id: "{" + String(raw).toUpperCase() + "}", name: row[property(column, meta) + FORMATTED] || "", entityType: row[property(column, meta) + LOOKUP_TABLE] }];
      case "datetime":
        if (meta.dateOnly) {
          var parts = String(raw).split("-");
          return new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]));
        }
        return new Date(raw);
      case "multiselectoptionset":
        return String(raw).split(",").map(Number);
      default:
        return raw;
    }
  }

  function payload(column, meta, value, body) {
    if (meta.type === "lookup") {
      body[column + "@odata.bind"] = value && value.length ? "/" + setOf(value[0].entityType) + "(" + bare(value[0].id) + ")" : null;
    } else if (meta.type === "datetime") {
      body[column] = value === null ? null : meta.dateOnly
        ? value.getFullYear() + "-" + String(value.getMonth() + 1).padStart(2, "0") + "-" + String(value.getDate()).padStart(2, "0")
        : value.toISOString();
    } else if (meta.type === "multiselectoptionset") {
      body[column] = value === null ? null : value.join(",");
    } else {
      body[column] = value;
    }
  }

  function executionContextFor(source) {
    return { getFormContext: function () { return formContext; }, getEventSource: function () { return source; } };
  }

  function call(handler, source) {
    var fn = handler.name.split(".").reduce(function (target, part) { return target ? target[part] : undefined; }, window);
    if (typeof fn !== "function") throw new Error("The handler " + handler.name + " is not defined by the form's libraries.");
    var args = handler.passContext ? [executionContextFor(source)] : [];
    if (handler.parameters) args = args.concat(JSON.parse("[" + handler.parameters + "]"));
    return fn.apply(null, args);
  }

  function makeAttribute(column, meta) {
    var list = [];
    var changeHandlers = [];
    var attribute = {
      _value: null,
      _text: null,
      _dirty: false,
      _required: meta.required,
      controls: {
        forEach: function (fn) { list.forEach(fn); },
        get: function (index) { return index === undefined ? list.slice() : list[index]; },
        getLength: function () { return list.length; },
      },
      getName: function () { return column; },
      getAttributeType: function () { return meta.type; },
      getValue: function () { return attribute._value; },
      setValue: function (value) {
        attribute._value = value === undefined ? null : value;
        attribute._dirty = true;
        list.forEach(function (control) { control._sync(); });
      },
      getText: function () {
        if (meta.type !== "optionset") return attribute._text;
        var option = meta.options.filter(function (o) { return o.value === attribute._value; })[0];
        return option ? option.text : null;
      },
      getOptions: function () { return meta.options.slice(); },
      getIsDirty: function () { return attribute._dirty; },
      getRequiredLevel: function () { return attribute._required; },
      setRequiredLevel: function (level) {
        attribute._required = level;
        list.forEach(function (control) { control._sync(); });
      },
      addOnChange: function (handler) { changeHandlers.push(handler); },
      removeOnChange: function (handler) { changeHandlers = changeHandlers.filter(function (h) { return h !== handler; }); },
      fireOnChange: function () {
        changeHandlers.forEach(function (handler) {
          try { handler(executionContextFor(attribute)); } catch (error) { scriptFailed(error); }
        });
      },
      _controls: list,
    };
    return attribute;
  }

  function makeColumnControl(definition, attribute, meta) {
    var field = document.createElement("div");
    field.className = "field";
    field.setAttribute("data-column", definition.column);
    var label = document.createElement("label");
    label.htmlFor = "input-" + definition.name;
    label.textContent = definition.label;
    var star = document.createElement("span");
    star.className = "required";
    star.textContent = "*";
    star.setAttribute("aria-hidden", "true");
    label.appendChild(star);
    field.appendChild(label);

    var input;
    if (meta.type === "optionset") {
      input = document.createElement("select");
      var empty = document.createElement("option");
      empty.value = "";
      empty.textContent = "—";
      input.appendChild(empty);
      meta.options.forEach(function (o) {
        var option = document.createElement("option");
        option.value = String(o.value);
        option.textContent = o.text;
        input.appendChild(option);
      });
    } else if (meta.type === "memo") {
      input = document.createElement("textarea");
      input.rows = 3;
    } else if (meta.type === "boolean") {
      input = document.createElement("input");
      input.type = "checkbox";
    } else if (meta.type === "lookup" || meta.type === "datetime") {
      // Shown as the platform formats them; picking another record or date needs controls this page does not have.
      input = document.createElement("output");
    } else {
      input = document.createElement("input");
      input.type = meta.type === "string" ? "text" : "number";
      if (input.type === "number") input.step = "any";
    }
    input.id = "input-" + definition.name;
    field.appendChild(input);
    var message = document.createElement("div");
    message.className = "field-notification";
    message.hidden = true;
    field.appendChild(message);

    var disabled = !!definition.disabled;
    var fieldNotifications = {};
    var control = {
      _element: field,
      getName: function () { return definition.name; },
      getControlType: function () { return meta.type === "lookup" ? "lookup" : meta.type === "optionset" ? "optionset" : "standard"; },
      getAttribute: function () { return attribute; },
      getLabel: function () { return definition.label; },
      getDisabled: function () { return disabled; },
      setDisabled: function (value) { disabled = !!value; control._sync(); },
      getVisible: function () { return !field.hidden; },
      setVisible: function (value) { field.hidden = !value; },
      setNotification: function (text, id) { fieldNotifications[id || "default"] = text; control._sync(); return true; },
      clearNotification: function (id) {
        if (id === undefined) fieldNotifications = {}; else delete fieldNotifications[id];
        control._sync();
        return true;
      },
      _sync: function () {
        var value = attribute.getValue();
        star.hidden = attribute.getRequiredLevel() !== "required";
        if (input.tagName === "OUTPUT") {
          input.textContent = "";
          if (meta.type === "lookup" && value && value.length) {
            var link = document.createElement("a");
            link.href = "/main.aspx?pagetype=entityrecord&etn=" + encodeURIComponent(value[0].entityType) + "&id=" + encodeURIComponent(bare(value[0].id)) + "&userlcid=" + setup.languageId;
            link.textContent = value[0].name || bare(value[0].id);
            input.appendChild(link);
          } else {
            input.textContent = value === null ? "—" : attribute._text || (value instanceof Date ? value.toLocaleString() : String(value));
          }
        } else if (input.type === "checkbox") {
          input.checked = value === true;
          input.disabled = disabled;
        } else {
          input.value = value === null ? "" : String(value);
          input.disabled = disabled;
        }
        var texts = Object.keys(fieldNotifications).map(function (k) { return fieldNotifications[k]; });
        message.hidden = texts.length === 0;
        message.textContent = texts.join(" ");
      },
    };
    input.addEventListener("change", function () {
      var value;
      if (input.type === "checkbox") value = input.checked;
      else if (input.value === "") value = null;
      else if (meta.type === "string" || meta.type === "memo") value = input.value;
      else value = Number(input.value);
      attribute.setValue(value);
      attribute.fireOnChange();
    });
    return control;
  }

  function makeWebResourceControl(definition) {
    var frame = document.createElement("iframe");
    frame.id = definition.name;
    frame.title = definition.label;
    frame.src = "/WebResources/" + definition.url;
    var control = {
      _element: frame,
      getName: function () { return definition.name; },
      getControlType: function () { return "webresource"; },
      getLabel: function () { return definition.label; },
      getVisible: function () { return !frame.hidden; },
      setVisible: function (value) { frame.hidden = !value; },
      getContentWindow: function () {
        // Resolves once the web resource has loaded, as the platform's getContentWindow does.
        return new Promise(function (resolve) {
          if (frame.contentDocument && frame.contentDocument.readyState === "complete" && frame.contentWindow.location.href !== "about:blank") resolve(frame.contentWindow);
          else frame.addEventListener("load", function () { resolve(frame.contentWindow); }, { once: true });
        });
      },
    };
    return control;
  }

  var body = document.getElementById("form-body");
  setup.sections.forEach(function (section) {
    if (section.controls.length === 0) return;
    var element = document.createElement("section");
    if (section.label) {
      var heading = document.createElement("h2");
      heading.textContent = section.label;
      element.appendChild(heading);
    }
    section.controls.forEach(function (definition) {
      var control;
      if (definition.url) {
        control = makeWebResourceControl(definition);
      } else {
        var meta = setup.columns[definition.column];
        var attribute = attributes[definition.column] || (attributes[definition.column] = makeAttribute(definition.column, meta));
        control = makeColumnControl(definition, attribute, meta);
        attribute._controls.push(control);
      }
      controls[definition.name] = control;
      element.appendChild(control._element);
    });
    body.appendChild(element);
  });

  function load() {
    var columns = Object.keys(attributes);
    var select = columns.map(function (c) { return property(c, setup.columns[c]); });
    if (setup.primaryName && select.indexOf(setup.primaryName) < 0) select.push(setup.primaryName);
    return webApi.retrieveRecord(setup.table, setup.id, "?$select=" + select.join(",")).then(function (row) {
      document.getElementById("record-name").textContent = (setup.primaryName && row[setup.primaryName]) || "";
      columns.forEach(function (column) {
        var meta = setup.columns[column];
        var attribute = attributes[column];
        attribute._value = valueFrom(row, column, meta);
        attribute._text = row[property(column, meta) + FORMATTED] || null;
        attribute._dirty = false;
        attribute._controls.forEach(function (control) { control._sync(); });
      });
    });
  }

  function save() {
    var missing = Object.keys(attributes).filter(function (c) {
      var value = attributes[c].getValue();
      return attributes[c].getRequiredLevel() === "required" && (value === null || value === "");
    });
    if (missing.length) {
      // As the platform's form does: a required column left empty stops the save before anything is sent.
      notify("Fill in the required fields: " + missing.map(function (c) { return attributes[c]._controls[0].getLabel(); }).join(", ") + ".", "ERROR", "__save");
      return Promise.reject({ message: "Required fields are empty." });
    }
    var changes = {};
    Object.keys(attributes).filter(function (c) { return attributes[c].getIsDirty(); }).forEach(function (c) {
      payload(c, setup.columns[c], attributes[c].getValue(), changes);
    });
    var sent = Object.keys(changes).length ? webApi.updateRecord(setup.table, setup.id, changes) : Promise.resolve();
    return sent.then(
      function () {
        clear("__save");
        return load().then(function () {
          dataLoadHandlers.forEach(function (handler) {
            try { handler(executionContextFor(formContext.data)); } catch (error) { scriptFailed(error); }
          });
        });
      },
      function (error) {
        notify(error.message, "ERROR", "__save");
        throw error;
      },
    );
  }

  var formContext = {
    data: {
      entity: {
        getId: function () { return "{" + setup.id.toUpperCase() + "}"; },
        getEntityName: function () { return setup.table; },
        getIsDirty: function () { return Object.keys(attributes).some(function (c) { return attributes[c].getIsDirty(); }); },
        save: function () { return save(); },
      },
      save: function () { return save(); },
      refresh: function (alsoSave) { return alsoSave ? save() : load(); },
      addOnLoad: function (handler) { dataLoadHandlers.push(handler); },
      removeOnLoad: function (handler) { dataLoadHandlers = dataLoadHandlers.filter(function (h) { return h !== handler; }); },
    },
    ui: {
      setFormNotification: notify,
      clearFormNotification: clear,
      getFormType: function () { return 2; },
    },
    getAttribute: function (name) {
      if (name === undefined) return Object.keys(attributes).map(function (c) { return attributes[c]; });
      return attributes[name] || null;
    },
    getControl: function (name) {
      if (name === undefined) return Object.keys(controls).map(function (c) { return controls[c]; });
      return controls[name] || null;
    },
  };

  var saveButton = document.getElementById("form-save");
  saveButton.disabled = Object.keys(attributes).length === 0;
  saveButton.addEventListener("click", function () {
    saveButton.disabled = true;
    save().then(
      function () { saveButton.disabled = false; },
      function () { saveButton.disabled = false; },
    );
  });

  setup.onChange.forEach(function (handler) {
    var attribute = attributes[handler.attribute];
    if (attribute) attribute.addOnChange(function (context) { return call(handler, context.getEventSource()); });
  });

  load().then(
    function () {
      var results = setup.onLoad.map(function (handler) {
        try {
          return Promise.resolve(call(handler, formContext));
        } catch (error) {
          return Promise.reject(error);
        }
      });
      return Promise.all(results);
    },
  ).then(
    function () { document.body.setAttribute("data-form-loaded", "true"); },
    function (error) {
      scriptFailed(error);
      document.body.setAttribute("data-form-loaded", "error");
    },
  );
})();
