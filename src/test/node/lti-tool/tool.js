// An LTI 1.3 tool built on ltijs (not written by this project), keeping its data in PostgreSQL through
// ltijs-sequelize. It registers the node as its platform (issuer, authorization endpoint, JWK set) and answers a
// launch with a page of what it received: the message type, the roles, the context's title, the name (if sent), the
// resource link's title, and how many members the names and roles service gave it. Asked for content (deep linking), it answers with one signed resource link at once.
// Usage: node tool.js <port> <platform url> <client id> <pg host> <pg port> <pg user> <pg database>
// Prints one JSON line once it listens.
const lti = require('ltijs').Provider;
const Database = require('ltijs-sequelize');

const [port, platformUrl, clientId, pgHost, pgPort, pgUser, pgDatabase] = process.argv.slice(2);
const db = new Database(pgDatabase, pgUser, '', {
  host: pgHost, port: Number(pgPort), dialect: 'postgres', logging: false,
});
// devMode: the launch comes by a cross-site form post to plain http, where the browser keeps no state cookie
lti.setup('renrentong-independent-tool', { plugin: db }, { devMode: true, cookies: { secure: false, sameSite: '' } });

const esc = (value) => String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
lti.onConnect(async (token, req, res) => {
  const context = token.platformContext;
  const roles = (context.roles || []).map((role) => role.split('#').pop()).join(' ');
  // the names and roles service, called as ltijs does: a client assertion for a token, then the members
  let members = '';
  if (context.namesRoles) {
    try {
      members = String((await lti.NamesAndRoles.getMembers(token)).members.length);
    } catch (error) {
      members = `error: ${error.message}`;
    }
  }
  res.send(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>ltijs tool</title></head><body>
<p id="tool-message">${esc(context.messageType)}</p>
<p id="tool-role">${esc(roles)}</p>
<p id="tool-context">${esc(context.context && context.context.title)}</p>
<p id="tool-name">${esc(token.userInfo && token.userInfo.name)}</p>
<p id="tool-user">${esc(token.user)}</p>
<p id="tool-platform">${esc(token.platformInfo && token.platformInfo.name)}</p>
<p id="tool-members">${esc(members)}</p>
<p id="tool-resource">${esc(context.resource && context.resource.title)}</p>
</body></html>`);
});

lti.onDeepLinking(async (token, req, res) => {
  const items = [{
    type: 'ltiResourceLink', title: '勾股定理练习', text: '十道练习题',
    url: `http://127.0.0.1:${port}/?item=pythagoras`,
  }];
  res.send(await lti.DeepLinking.createDeepLinkingForm(token, items, { message: 'placed' }));
});

(async () => {
  await lti.deploy({ port: Number(port), silent: true });
  await lti.registerPlatform({
    url: platformUrl, name: 'Renrentong', clientId,
    authenticationEndpoint: `${platformUrl}/lti/authorize`,
    accesstokenEndpoint: `${platformUrl}/lti/token`,
    authConfig: { method: 'JWK_SET', key: `${platformUrl}/oauth2/jwks` },
  });
  console.log(JSON.stringify({ ready: true, keys: `http://127.0.0.1:${port}/keys` }));
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
