export const id = 819;
export const ids = [819];
export const modules = {

/***/ 82819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   withKeyProxy: () => (/* binding */ withKeyProxy)
/* harmony export */ });
/* unused harmony exports ANTHROPIC_API, PLACEHOLDER_PREFIX, forwardable, endToEnd, startKeyProxy, keyProxyPlan */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _env_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82350);
/**
 * The model's key stays in the action's process. Like openai/codex-action (a Responses API proxy) and
 * GitHub's agentic workflows (an API-proxy sidecar), the engine talks to a loopback HTTP server of the
 * action's own that forwards each request to the model's API with the real key in place of whatever
 * key the engine sent. The engine gets a placeholder key and the proxy's address in its base-URL
 * variable; since it runs as another user (isolate.ts), it cannot read the key from the action's
 * /proc/PID/environ either.
 *
 * Applies where the engine documents a base-URL override:
 * - Claude Code: ANTHROPIC_BASE_URL "overrides the API endpoint to route requests through a proxy or
 *   gateway", and ANTHROPIC_API_KEY is "sent as the X-Api-Key header"
 *   (https://code.claude.com/docs/en/env-vars). It calls /v1/messages and /v1/messages/count_tokens
 *   under that URL (https://code.claude.com/docs/en/llm-gateway-protocol). `--bare` authenticates with
 *   ANTHROPIC_API_KEY only, so the engine gets a placeholder there rather than nothing.
 * - Codex: not applied. `codex exec` documents CODEX_API_KEY for its built-in OpenAI provider, and a
 *   base URL only for custom providers, which read their key from their own `env_key`; the key stays
 *   visible to it (docs/agent.md).
 *
 * What the proxy does: it forwards the method, the path and query, the headers (hop-by-hop headers,
 * Host and every key header removed) and the body as a stream, and streams the answer back (the
 * engines read server-sent events). It refuses a request whose path is not under /v1/ and one that
 * does not carry the placeholder, so another process on the machine that does not know it gets
 * nothing. It never logs, and never puts the key in an answer. It caps nothing else: no time, size or
 * rate limit (the engine's own flags and the action's timeout do that).
 *
 * How mode propose uses it (src/modes/propose/stage.ts): runAgent wraps the rounds, inside the
 * isolation, and rounds passes `keyProxy` on to createEngineRunner (a `keyProxy` field in its Tools):
 *
 *   const { withKeyProxy } = await import('../../agent/key-proxy.js')
 *   return await withKeyProxy(
 *     { engine: a.p.engine, parentEnv: deps.host.env, allow: a.p.agentEnv },
 *     keyProxy => rounds(deps, a, { isolation, priv, collectChange, restoreCheckout, keyProxy })
 *   )
 */




const ANTHROPIC_API = 'https://api.anthropic.com';
const PLACEHOLDER_PREFIX = 'held-by-the-action-proxy';
/** RFC 9110, 7.6.1, and the proxy headers of RFC 2616: never forwarded, in either direction. */
const HOP_BY_HOP = new Set([
    'connection',
    'proxy-connection',
    'keep-alive',
    'te',
    'trailer',
    'transfer-encoding',
    'upgrade',
    'proxy-authenticate',
    'proxy-authorization'
]);
/** Request headers the proxy sets itself or drops: the host, and every key the client may send. */
const REPLACED = new Set(['host', 'x-api-key', 'authorization']);
function checkUpstream(upstream) {
    let url;
    try {
        url = new URL(upstream);
    }
    catch {
        url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password)
        throw new Error(`The model's API address ${JSON.stringify(upstream)} is not usable by the key proxy; expected an http or https URL without credentials, such as ${ANTHROPIC_API}.`);
    return url;
}
/** Whether the request's target is a plain path under the prefix: no other host, no dot segments. Pure. */
function forwardable(target, prefix = '/v1/') {
    if (!target || !target.startsWith(prefix))
        return false;
    const path = target.split('?')[0];
    if (/[\\#]|\/\/|%2f|%5c|%2e/i.test(path))
        return false;
    return !path.split('/').some(segment => segment === '.' || segment === '..');
}
/** The headers without hop-by-hop ones and the names the Connection header lists. Pure. */
function endToEnd(headers, drop = new Set()) {
    const listed = String(headers.connection ?? '')
        .split(',')
        .map(s => s.trim().toLowerCase())
        .filter(Boolean);
    const out = {};
    for (const [name, value] of Object.entries(headers)) {
        const lower = name.toLowerCase();
        if (value === undefined || HOP_BY_HOP.has(lower) || drop.has(lower) || listed.includes(lower))
            continue;
        out[lower] = value;
    }
    return out;
}
/** The key the client sent, as x-api-key or a Bearer token. */
function clientKey(headers) {
    const apiKey = headers['x-api-key'];
    if (typeof apiKey === 'string')
        return apiKey;
    const auth = headers.authorization;
    return auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length) : undefined;
}
function refuse(res, status, message) {
    const body = JSON.stringify({ type: 'error', error: { type: 'key_proxy_error', message } });
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
}
function handle(f, req, res) {
    if (!forwardable(req.url, f.prefix))
        return refuse(res, 404, `The key proxy forwards only paths under ${f.prefix}.`);
    if (clientKey(req.headers) !== f.placeholder)
        return refuse(res, 401, 'The key proxy forwards only requests that carry the key it gave the engine.');
    const headers = endToEnd(req.headers, REPLACED);
    headers[f.headerName] = f.headerName === 'authorization' ? `Bearer ${f.key}` : f.key;
    const basePath = f.base.pathname.replace(/\/+$/, '');
    const client = f.base.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_2__ : node_http__WEBPACK_IMPORTED_MODULE_1__;
    const upstream = client.request({
        protocol: f.base.protocol,
        hostname: f.base.hostname,
        port: f.base.port || undefined,
        method: req.method,
        path: `${basePath}${req.url}`,
        headers,
        agent: f.agent
    }, answer => {
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, endToEnd(answer.headers));
        res.flushHeaders();
        answer.on('error', () => res.destroy());
        answer.pipe(res);
    });
    upstream.on('error', () => {
        if (res.headersSent)
            res.destroy();
        else
            refuse(res, 502, "The key proxy could not reach the model's API.");
    });
    res.on('close', () => {
        if (!res.writableFinished)
            upstream.destroy();
    });
    res.on('error', () => upstream.destroy());
    req.on('error', () => upstream.destroy());
    req.pipe(upstream);
}
/** Starts the proxy on 127.0.0.1 at a free port. */
async function startKeyProxy(opts) {
    const base = checkUpstream(opts.upstream ?? ANTHROPIC_API);
    if (!opts.key)
        throw new Error("The key proxy was given an empty key; expected the model's key.");
    if (!opts.placeholder || opts.placeholder === opts.key)
        throw new Error("The key proxy's placeholder is empty or equal to the key; expected another value.");
    const agent = new (base.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_2__.Agent : node_http__WEBPACK_IMPORTED_MODULE_1__.Agent)({ keepAlive: true });
    const forward = {
        base,
        agent,
        key: opts.key,
        headerName: opts.headerName ?? 'x-api-key',
        placeholder: opts.placeholder,
        prefix: opts.pathPrefix ?? '/v1/'
    };
    const server = node_http__WEBPACK_IMPORTED_MODULE_1__.createServer((req, res) => handle(forward, req, res));
    server.on('clientError', (_e, socket) => socket.destroy());
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address();
    let closed;
    return {
        url: `http://127.0.0.1:${port}`,
        close: () => (closed ??= new Promise(resolve => {
            server.close(() => resolve());
            server.closeAllConnections();
            agent.destroy();
        }))
    };
}
/** What to proxy for an engine, or undefined where the engine has no documented base URL or no key is allowed. Pure. */
function keyProxyPlan(engine, parentEnv, allow) {
    if (engine !== 'claude')
        return undefined;
    const names = (0,_env_js__WEBPACK_IMPORTED_MODULE_3__/* .checkAllowList */ .y)(allow);
    const key = parentEnv.ANTHROPIC_API_KEY;
    if (!names.includes('ANTHROPIC_API_KEY') || !key)
        return undefined;
    // A gateway the job names for the engine stays the destination; the engine sees the proxy instead.
    const chosen = names.includes('ANTHROPIC_BASE_URL') ? parentEnv.ANTHROPIC_BASE_URL : undefined;
    return {
        env: 'ANTHROPIC_API_KEY',
        baseUrlEnv: 'ANTHROPIC_BASE_URL',
        key,
        upstream: chosen || ANTHROPIC_API
    };
}
/**
 * Runs `fn` with the proxy when it applies (Claude Code with ANTHROPIC_API_KEY allowed), with
 * undefined otherwise, and closes the proxy afterwards.
 */
async function withKeyProxy(opts, fn) {
    const plan = keyProxyPlan(opts.engine, opts.parentEnv, opts.allow);
    if (!plan)
        return fn(undefined);
    const placeholder = opts.placeholder ?? `${PLACEHOLDER_PREFIX}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex')}`;
    const proxy = await startKeyProxy({
        upstream: opts.upstream ?? plan.upstream,
        headerName: 'x-api-key',
        key: plan.key,
        placeholder
    });
    try {
        return await fn({ env: plan.env, baseUrlEnv: plan.baseUrlEnv, url: proxy.url, placeholder });
    }
    finally {
        await proxy.close();
    }
}


/***/ })

};
