// Offline structural check of the Outlook add-in manifest. No npm package ships the manifest
// XSDs and `office-addin-manifest validate` needs the network, so the parts of the schema this
// add-in uses are written down here as data (sequences in schema order, from the Mail XSDs:
// OfficeAppManifestV1_1, MailAppVersionOverridesV1_0/V1_1, OfficeAppBasicTypesV1_0), together
// with the rules the project adds (HTTPS only, least permission, both command surfaces...).
// CommonJS so that both the build script (ESM) and the jest tests (CommonJS) load it.
"use strict";

const { XMLParser, XMLValidator } = require("fast-xml-parser");
const { DEV_BASE_URL } = require("./manifestTransform.cjs");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  vo10: "http://schemas.microsoft.com/office/mailappversionoverrides",
  vo11: "http://schemas.microsoft.com/office/mailappversionoverrides/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

// ---- the schema subset: each type lists its child elements in the order the XSD demands ----

const MANY = Infinity;
const el = (ns, name, type, min = 1, max = 1) => ({ ns, name, type, min, max });
const LEAF = "leaf";

/** Types of the base manifest (namespace appforoffice/1.1). */
const BASE_TYPES = {
  MailApp: [
    el(NS.app, "Id", LEAF),
    el(NS.app, "AlternateId", LEAF, 0),
    el(NS.app, "Version", LEAF),
    el(NS.app, "ProviderName", LEAF),
    el(NS.app, "DefaultLocale", LEAF),
    el(NS.app, "DisplayName", "LocaleAwareSetting"),
    el(NS.app, "Description", "LocaleAwareSetting"),
    el(NS.app, "IconUrl", "LocaleAwareSetting", 0),
    el(NS.app, "HighResolutionIconUrl", "LocaleAwareSetting", 0),
    el(NS.app, "SupportUrl", "LocaleAwareSetting", 0),
    el(NS.app, "AppDomains", "AppDomains", 0),
    el(NS.app, "Hosts", "Hosts", 0),
    el(NS.app, "Requirements", "MailAppRequirements"),
    el(NS.app, "FormSettings", "FormSettings"),
    el(NS.app, "Permissions", LEAF, 0),
    el(NS.app, "Rule", "Rule"),
    el(NS.app, "DisableEntityHighlighting", LEAF, 0),
    el(NS.vo10, "VersionOverrides", "VersionOverrides@1.0", 0),
  ],
  LocaleAwareSetting: [el(NS.app, "Override", LEAF, 0, MANY)],
  AppDomains: [el(NS.app, "AppDomain", LEAF, 1, MANY)],
  Hosts: [el(NS.app, "Host", LEAF, 1, MANY)],
  MailAppRequirements: [el(NS.app, "Sets", "Sets")],
  Sets: [el(NS.app, "Set", LEAF, 1, MANY)],
  FormSettings: [el(NS.app, "Form", { ItemRead: "ItemRead", ItemEdit: "ItemEdit" }, 1, 2)],
  ItemRead: [
    el(NS.app, "DesktopSettings", "ItemReadSettings"),
    el(NS.app, "TabletSettings", "ItemReadSettings", 0),
    el(NS.app, "PhoneSettings", "ItemEditSettings", 0),
  ],
  ItemEdit: [
    el(NS.app, "DesktopSettings", "ItemEditSettings"),
    el(NS.app, "TabletSettings", "ItemEditSettings", 0),
    el(NS.app, "PhoneSettings", "ItemEditSettings", 0),
  ],
  ItemReadSettings: [el(NS.app, "SourceLocation", "LocaleAwareSetting"), el(NS.app, "RequestedHeight", LEAF)],
  ItemEditSettings: [el(NS.app, "SourceLocation", "LocaleAwareSetting")],
  Rule: {
    ItemIs: LEAF,
    ItemHasKnownEntity: LEAF,
    ItemHasRegularExpressionMatch: LEAF,
    ItemHasAttachment: LEAF,
    RuleCollection: "RuleCollection",
  },
  RuleCollection: [el(NS.app, "Rule", "Rule", 1, MANY)],
};

/** Types of one VersionOverrides schema; `ns` is its namespace, names get an "@version" suffix. */
function overrideTypes(ns, version) {
  const v = (name) => `${name}@${version}`;
  const is11 = version === "1.1";
  return {
    [v("VersionOverrides")]: [
      el(ns, "Description", LEAF, 0),
      el(ns, "Requirements", "OverrideRequirements", 0),
      el(ns, "Hosts", v("Hosts"), 0),
      el(ns, "Resources", "Resources", 0),
      ...(is11 ? [] : [el(NS.vo11, "VersionOverrides", "VersionOverrides@1.1", 0)]),
    ],
    [v("Hosts")]: [el(ns, "Host", { MailHost: v("MailHost") }, 1, MANY)],
    [v("MailHost")]: [el(ns, "DesktopFormFactor", v("FormFactor"), 0)],
    [v("FormFactor")]: [
      el(ns, "FunctionFile", LEAF, 0),
      el(ns, "ExtensionPoint", v("ExtensionPoint"), 1, MANY),
      ...(is11 ? [el(ns, "SupportsSharedFolders", LEAF, 0)] : []),
    ],
    [v("ExtensionPoint")]: {
      MessageReadCommandSurface: v("CommandSurface"),
      MessageComposeCommandSurface: v("CommandSurface"),
      AppointmentOrganizerCommandSurface: v("CommandSurface"),
      AppointmentAttendeeCommandSurface: v("CommandSurface"),
    },
    [v("CommandSurface")]: [
      el(ns, "OfficeTab", v("Tab"), 0, MANY),
      el(ns, "CustomTab", v("CustomTab"), 0, MANY),
    ],
    [v("Tab")]: [el(ns, "Group", v("Group"), 1, MANY)],
    [v("CustomTab")]: [el(ns, "Group", v("Group"), 1, MANY), el(ns, "Label", LEAF)],
    [v("Group")]: [el(ns, "Label", LEAF), el(ns, "Control", { Button: v("Button") }, 1, MANY)],
    [v("Button")]: [
      el(ns, "Label", LEAF),
      el(ns, "Supertip", v("Supertip")),
      el(ns, "Icon", "IconList"),
      el(ns, "Action", { ShowTaskpane: v("ShowTaskpane"), ExecuteFunction: v("ExecuteFunction") }),
    ],
    [v("Supertip")]: [el(ns, "Title", LEAF), el(ns, "Description", LEAF)],
    // SupportsPinning and its siblings exist only in schema 1.1.
    [v("ShowTaskpane")]: [
      el(ns, "SourceLocation", LEAF),
      ...(is11
        ? [
            el(ns, "SupportsPinning", LEAF, 0),
            el(ns, "SupportsNoItemContext", LEAF, 0),
            el(ns, "SupportsMultiSelect", LEAF, 0),
          ]
        : []),
    ],
    [v("ExecuteFunction")]: [el(ns, "FunctionName", LEAF)],
  };
}

const RESOURCE_TYPES = {
  OverrideRequirements: [el(NS.bt, "Sets", "OverrideSets")],
  OverrideSets: [el(NS.bt, "Set", LEAF, 1, MANY)],
  IconList: [el(NS.bt, "Image", LEAF, 1, MANY)],
  Resources: [
    el(NS.bt, "Images", "Images", 0),
    el(NS.bt, "Urls", "Urls", 0),
    el(NS.bt, "ShortStrings", "ShortStrings", 0),
    el(NS.bt, "LongStrings", "LongStrings", 0),
  ],
  Images: [el(NS.bt, "Image", "Resource", 0, MANY)],
  Urls: [el(NS.bt, "Url", "Resource", 0, MANY)],
  ShortStrings: [el(NS.bt, "String", "Resource", 0, MANY)],
  LongStrings: [el(NS.bt, "String", "Resource", 0, MANY)],
  Resource: [el(NS.bt, "Override", LEAF, 0, MANY)],
};

const TYPES = {
  ...BASE_TYPES,
  ...overrideTypes(NS.vo10, "1.0"),
  ...overrideTypes(NS.vo11, "1.1"),
  ...RESOURCE_TYPES,
  [LEAF]: [],
};

// Every type a sequence names must exist; a typo here would silently skip a subtree.
for (const spec of Object.values(TYPES)) {
  const named = Array.isArray(spec) ? spec.map((entry) => entry.type) : Object.values(spec);
  for (const type of named.flatMap((t) => (typeof t === "string" ? [t] : Object.values(t)))) {
    if (!(type in TYPES)) throw new Error(`manifestCheck: unknown schema type ${type}`);
  }
}

// ---- parsing into a namespace-aware tree ----

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

function toTree(entry, inherited) {
  const qname = Object.keys(entry).find((key) => key !== ":@");
  const attrs = entry[":@"] ?? {};
  const scope = { ...inherited };
  for (const [name, value] of Object.entries(attrs)) {
    if (name === "xmlns") scope[""] = value;
    else if (name.startsWith("xmlns:")) scope[name.slice(6)] = value;
  }
  const colon = qname.indexOf(":");
  const prefix = colon === -1 ? "" : qname.slice(0, colon);
  const node = {
    qname,
    name: colon === -1 ? qname : qname.slice(colon + 1),
    ns: scope[prefix],
    attrs,
    xsiType: undefined,
    text: "",
    children: [],
  };
  for (const [name, value] of Object.entries(attrs)) {
    const at = name.indexOf(":");
    if (at !== -1 && name.slice(at + 1) === "type" && scope[name.slice(0, at)] === NS.xsi)
      node.xsiType = value;
  }
  for (const child of entry[qname] ?? []) {
    if ("#text" in child) node.text += child["#text"];
    else node.children.push(toTree(child, scope));
  }
  return node;
}

// ---- checks ----

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
// CultureName from the schema (a BCP 47 subset): en-US, de-DE, zh-Hant-TW...
const CULTURE =
  /^([a-z]{2,3}-[a-z0-9]{3,8}(-[a-z]{2,3})?|[a-z]{2,3}(-[a-z]{2,3}(_tradnl|\.pseudo|-[a-z]{4,8})?)?)$/i;
const LOCAL_ADDRESS = /localhost|127\.0\.0\.1|\[::1\]/i;
const ANY_URL = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]*/gi;

function elementLabel(node) {
  return node.xsiType ? `<${node.qname} xsi:type="${node.xsiType}">` : `<${node.qname}>`;
}

/** Child elements against the type's sequence; returns the children with their resolved types. */
function checkSequence(node, path, typeName, problems) {
  const spec = TYPES[typeName];
  const typed = [];
  const counts = spec.map(() => 0);
  let position = 0;
  for (const child of node.children) {
    const index = spec.findIndex((entry) => entry.ns === child.ns && entry.name === child.name);
    if (index === -1) {
      problems.push(`${path}: ${elementLabel(child)} is not allowed here (wrong name, namespace or parent)`);
      continue;
    }
    if (index < position) {
      const after = spec[position];
      problems.push(
        `${path}: ${elementLabel(child)} is out of schema order; it must come before <${after.name}>`,
      );
    } else {
      position = index;
    }
    counts[index]++;
    const entry = spec[index];
    // An abstract type is a map from xsi:type to the concrete type.
    const declared = typeof entry.type === "string" ? TYPES[entry.type] : entry.type;
    let childType = entry.type;
    if (!Array.isArray(declared)) {
      childType = child.xsiType ? declared[child.xsiType] : undefined;
      if (!childType) {
        problems.push(
          `${path}: ${elementLabel(child)} needs an xsi:type of ${Object.keys(declared).join(", ")}`,
        );
        continue;
      }
    }
    typed.push({ node: child, type: childType });
  }
  spec.forEach((entry, index) => {
    if (counts[index] < entry.min) problems.push(`${path}: <${entry.name}> is missing`);
    if (counts[index] > entry.max) problems.push(`${path}: <${entry.name}> appears ${counts[index]} times`);
  });
  return typed;
}

function checkStructure(node, path, typeName, problems) {
  for (const { node: child, type } of checkSequence(node, path, typeName, problems)) {
    checkStructure(child, `${path}/${child.name}`, type, problems);
  }
}

const first = (node, name) => node?.children.find((child) => child.name === name);
const all = (node, name) => node?.children.filter((child) => child.name === name) ?? [];

function descendants(node, name, found = []) {
  for (const child of node.children) {
    if (child.name === name) found.push(child);
    descendants(child, name, found);
  }
  return found;
}

/** The Mailbox version a <Sets> asks for (Set MinVersion, else the Sets default, else 1.1). */
function mailboxVersion(sets) {
  const set = all(sets, "Set").find((candidate) => candidate.attrs.Name === "Mailbox");
  if (!set) return undefined;
  return set.attrs.MinVersion ?? sets.attrs.DefaultMinVersion ?? "1.1";
}

/** Every URL the manifest makes Outlook fetch, with where it is used. */
function collectUrls(root) {
  const urls = [];
  const add = (where, node) => {
    if (node?.attrs.DefaultValue !== undefined) urls.push({ where, url: node.attrs.DefaultValue });
    for (const override of all(node, "Override"))
      urls.push({ where: `${where} (Override)`, url: override.attrs.Value });
  };
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) add(name, first(root, name));
  for (const form of all(first(root, "FormSettings"), "Form")) {
    for (const settings of form.children)
      add(`${form.xsiType}/${settings.name}`, first(settings, "SourceLocation"));
  }
  for (const resources of descendants(root, "Resources")) {
    for (const image of all(first(resources, "Images"), "Image")) add(`Image ${image.attrs.id}`, image);
    for (const url of all(first(resources, "Urls"), "Url")) add(`Url ${url.attrs.id}`, url);
  }
  return urls;
}

function checkOverride(override, label, problems) {
  const version = mailboxVersion(first(first(override, "Requirements"), "Sets"));
  if (version !== "1.3") {
    problems.push(
      `${label}: Requirements must ask for Mailbox 1.3 (add-in commands), found ${version ?? "none"}`,
    );
  }
  const resources = first(override, "Resources");
  const defined = {};
  for (const [kind, group, item] of [
    ["image", "Images", "Image"],
    ["url", "Urls", "Url"],
    ["short string", "ShortStrings", "String"],
    ["long string", "LongStrings", "String"],
  ]) {
    defined[kind] = new Map();
    for (const resource of all(first(resources, group), item)) {
      const id = resource.attrs.id ?? "";
      if (id === "" || id.length > 32)
        problems.push(`${label}: ${kind} resource id "${id}" must be 1-32 characters`);
      if (defined[kind].has(id)) problems.push(`${label}: ${kind} resource id "${id}" is defined twice`);
      defined[kind].set(id, resource);
      const limit = kind === "short string" ? 125 : kind === "long string" ? 250 : 2048;
      if ((resource.attrs.DefaultValue ?? "").length > limit) {
        problems.push(`${label}: ${kind} "${id}" is longer than ${limit} characters`);
      }
    }
  }
  const used = new Set();
  const reference = (node, kind, where) => {
    const resid = node.attrs.resid;
    if (!defined[kind].has(resid))
      problems.push(`${label}: ${where} refers to ${kind} "${resid}", which is not defined`);
    used.add(`${kind}:${resid}`);
  };
  const hosts = all(first(override, "Hosts"), "Host");
  const mailHost = hosts.find((host) => host.xsiType === "MailHost");
  const formFactor = first(mailHost, "DesktopFormFactor");
  if (!formFactor) problems.push(`${label}: no MailHost with a DesktopFormFactor`);
  // Shared folders, delegate access and shared mailboxes (Mailbox 1.8/1.13): only schema 1.1 has the element.
  if (
    formFactor &&
    override.xsiType === "VersionOverridesV1_1" &&
    first(formFactor, "SupportsSharedFolders")?.text !== "true"
  ) {
    problems.push(
      `${label}: DesktopFormFactor should set <SupportsSharedFolders>true</SupportsSharedFolders>`,
    );
  }
  const surfaces = new Map(all(formFactor, "ExtensionPoint").map((point) => [point.xsiType, point]));
  for (const surface of ["MessageReadCommandSurface", "MessageComposeCommandSurface"]) {
    const point = surfaces.get(surface);
    const actions = point
      ? descendants(point, "Action").filter((action) => action.xsiType === "ShowTaskpane")
      : [];
    if (actions.length === 0) problems.push(`${label}: ${surface} has no button that shows the task pane`);
    for (const action of actions) {
      const pinning = first(action, "SupportsPinning");
      if (override.xsiType === "VersionOverridesV1_1" && pinning?.text !== "true") {
        problems.push(`${label}: ${surface} task pane should set <SupportsPinning>true</SupportsPinning>`);
      }
    }
  }
  if (formFactor) {
    for (const node of descendants(formFactor, "Label")) reference(node, "short string", "<Label>");
    for (const node of descendants(formFactor, "Title")) reference(node, "short string", "<Title>");
    for (const node of descendants(formFactor, "Supertip").flatMap((tip) => all(tip, "Description"))) {
      reference(node, "long string", "<Supertip><Description>");
    }
    for (const node of [...descendants(formFactor, "SourceLocation"), ...all(formFactor, "FunctionFile")]) {
      reference(node, "url", `<${node.name}>`);
    }
    for (const icon of descendants(formFactor, "Icon")) {
      const sizes = all(icon, "Image").map((image) => {
        reference(image, "image", "<Icon><bt:Image>");
        return image.attrs.size;
      });
      for (const size of ["16", "32", "80"]) {
        if (!sizes.includes(size)) problems.push(`${label}: an <Icon> lacks the mandatory ${size} px image`);
      }
    }
  }
  const description = first(override, "Description");
  if (description) reference(description, "long string", "<Description>");
  for (const [kind, map] of Object.entries(defined)) {
    for (const id of map.keys()) {
      if (!used.has(`${kind}:${id}`)) problems.push(`${label}: ${kind} resource "${id}" is never used`);
    }
  }
}

/**
 * Checks a manifest. `production` needs the public base URL (as parsePublicUrl returns it).
 * @param {string} xml
 * @param {{ kind: "development" } | { kind: "production", base: string, origin: string }} target
 * @returns {{ problems: string[], urls: { where: string, url: string }[] }}
 */
function checkManifest(xml, target) {
  const problems = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return { problems: [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`], urls: [] };
  }
  const elements = parser.parse(xml).filter((entry) => !Object.keys(entry)[0].startsWith("?"));
  if (elements.length !== 1) return { problems: ["expected exactly one root element"], urls: [] };
  const root = toTree(elements[0], {});
  if (root.name !== "OfficeApp" || root.ns !== NS.app) {
    return { problems: [`root must be <OfficeApp xmlns="${NS.app}">`], urls: [] };
  }
  if (root.xsiType !== "MailApp") problems.push(`OfficeApp: xsi:type must be "MailApp"`);
  checkStructure(root, "OfficeApp", "MailApp", problems);

  const text = (name) => first(root, name)?.text ?? "";
  if (!GUID.test(text("Id"))) problems.push(`<Id> must be a GUID, found "${text("Id")}"`);
  if (!VERSION.test(text("Version"))) {
    problems.push(`<Version> must look like 1.0.0.0, found "${text("Version")}"`);
  }
  for (const node of [first(root, "DefaultLocale"), ...descendants(root, "Override")]) {
    const locale = node?.name === "Override" ? node.attrs.Locale : node?.text;
    if (!CULTURE.test(locale ?? "")) {
      problems.push(
        `"${locale}" is not a culture name like en-US (${node ? elementLabel(node) : "<DefaultLocale>"})`,
      );
    }
  }
  const displayName = first(root, "DisplayName")?.attrs.DefaultValue ?? "";
  if (displayName.length > 125) problems.push("<DisplayName> is longer than 125 characters");
  if ((first(root, "Description")?.attrs.DefaultValue ?? "").length > 250) {
    problems.push("<Description> is longer than 250 characters");
  }
  if (target.kind === "development" && !displayName.endsWith("(dev)")) {
    problems.push(`development <DisplayName> must end in "(dev)", found "${displayName}"`);
  }
  if (target.kind === "production" && displayName.includes("(dev)")) {
    problems.push(`production <DisplayName> must not say "(dev)", found "${displayName}"`);
  }
  if (text("Permissions") !== "ReadItem") {
    problems.push(`<Permissions> must be ReadItem (least privilege), found "${text("Permissions")}"`);
  }
  const baseVersion = mailboxVersion(first(first(root, "Requirements"), "Sets"));
  if (baseVersion !== "1.1")
    problems.push(`<Requirements> must ask for Mailbox 1.1, found ${baseVersion ?? "none"}`);
  const forms = all(first(root, "FormSettings"), "Form").map((form) => form.xsiType);
  for (const form of ["ItemRead", "ItemEdit"]) {
    if (!forms.includes(form)) problems.push(`<FormSettings> has no ${form} form`);
  }
  const rules = [first(root, "Rule"), ...descendants(first(root, "Rule") ?? root, "Rule")].filter(
    (rule) => rule?.xsiType === "ItemIs" && rule.attrs.ItemType === "Message",
  );
  for (const formType of ["Read", "Edit"]) {
    if (!rules.some((rule) => rule.attrs.FormType === formType || rule.attrs.FormType === "ReadOrEdit")) {
      problems.push(`<Rule> does not activate on messages in ${formType} forms`);
    }
  }

  const outer = first(root, "VersionOverrides");
  const inner = first(outer, "VersionOverrides");
  if (!outer || outer.xsiType !== "VersionOverridesV1_0") {
    problems.push('missing <VersionOverrides xsi:type="VersionOverridesV1_0"> (add-in commands)');
  } else {
    checkOverride(outer, "VersionOverrides 1.0", problems);
  }
  if (!inner || inner.xsiType !== "VersionOverridesV1_1") {
    problems.push('missing nested <VersionOverrides xsi:type="VersionOverridesV1_1"> (pinnable task pane)');
  } else {
    checkOverride(inner, "VersionOverrides 1.1", problems);
  }

  // Every URL in the document (namespace names aside) must be HTTPS: Outlook refuses the rest.
  const urls = collectUrls(root);
  const appDomains = all(first(root, "AppDomains"), "AppDomain").map((domain) => domain.text);
  const scan = (node) => {
    for (const [name, value] of Object.entries(node.attrs)) {
      if (name === "xmlns" || name.startsWith("xmlns:")) continue;
      for (const found of value.match(ANY_URL) ?? []) {
        if (!found.toLowerCase().startsWith("https://"))
          problems.push(`not HTTPS: ${found} (${elementLabel(node)})`);
      }
    }
    for (const found of node.text.match(ANY_URL) ?? []) {
      if (!found.toLowerCase().startsWith("https://"))
        problems.push(`not HTTPS: ${found} (${elementLabel(node)})`);
    }
    node.children.forEach(scan);
  };
  scan(root);
  for (const { where, url } of urls) {
    if (!URL.canParse(url)) problems.push(`${where}: not a URL: "${url}"`);
  }

  const base = target.kind === "development" ? DEV_BASE_URL : target.base;
  const origin = target.kind === "development" ? DEV_BASE_URL : target.origin;
  for (const { where, url } of urls) {
    if (!url.startsWith(`${base}/`)) problems.push(`${where}: ${url} is not under ${base}/`);
  }
  if (!appDomains.includes(origin)) problems.push(`<AppDomains> must list ${origin}`);
  if (target.kind === "production") {
    const local = xml.match(LOCAL_ADDRESS);
    if (local) problems.push(`production manifest mentions a local address: "${local[0]}"`);
  }
  return { problems, urls };
}

exports.NS = NS;
exports.checkManifest = checkManifest;
