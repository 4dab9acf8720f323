/*
 * The explorer page's script (plain browser JavaScript, served as is by the gateway). GraphiQL, React and
 * ReactDOM are the UMD builds that the gateway serves from node_modules; nothing comes from the internet.
 * The credential lives in sessionStorage only, so it is forgotten when the tab closes.
 */
(function () {
  'use strict';
  var KEY = 'lsp-explorer-authorization';
  var schemeEl = document.getElementById('auth-scheme');
  var credentialEl = document.getElementById('auth-credential');
  var statusEl = document.getElementById('auth-status');
  var devRolesEl = document.getElementById('dev-roles');
  var devRoleEl = document.getElementById('dev-role');
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  var operations = [];
  var generation = 0;

  function authorization() {
    return sessionStorage.getItem(KEY) || '';
  }

  function fetcher(auth) {
    return function (params, opts) {
      var headers = Object.assign({ 'content-type': 'application/json', accept: 'application/json' }, (opts && opts.headers) || {});
      if (auth) headers.authorization = auth;
      // Right after a tab switch GraphiQL 3 can still send the previous tab's operation name; every
      // persisted operation holds one operation, so a name the document does not define is dropped.
      if (params.operationName && !new RegExp('\\b(query|mutation|subscription)\\s+' + params.operationName + '\\b').test(params.query)) {
        params = Object.assign({}, params, { operationName: undefined });
      }
      return fetch('/graphql', { method: 'POST', headers: headers, body: JSON.stringify(params) }).then(function (res) {
        return res.json();
      });
    };
  }

  // GraphiQL is mounted again (new key) after each sign-in, so it fetches the schema with the new header.
  function render() {
    generation += 1;
    root.render(
      React.createElement(GraphiQL, {
        key: 'explorer-' + generation,
        fetcher: fetcher(authorization()),
        defaultTabs: operations.map(function (op) {
          return { query: op.query, variables: JSON.stringify(op.variables, null, 2) };
        }),
        // The first tab's variables are given as props too: GraphiQL takes them from there, not from defaultTabs.
        query: operations.length ? operations[0].query : undefined,
        variables: operations.length ? JSON.stringify(operations[0].variables, null, 2) : undefined,
        defaultEditorToolsVisibility: 'variables',
        shouldPersistHeaders: false,
      }),
    );
  }

  function describe(auth) {
    if (!auth) return 'Not signed in';
    return 'Signed in with ' + (auth.indexOf('ApiKey ') === 0 ? 'an API key' : 'a bearer token');
  }

  // Checks the credential with the smallest query before keeping it, so a refused token is said at once.
  function signIn(scheme, credential) {
    var auth = scheme + ' ' + credential.trim();
    statusEl.textContent = 'Signing in…';
    return fetcher(auth)({ query: '{ __typename }' }).then(function (body) {
      if (body.errors && body.errors.length) {
        statusEl.textContent = 'Sign-in refused: ' + body.errors[0].message;
        return;
      }
      sessionStorage.setItem(KEY, auth);
      statusEl.textContent = describe(auth);
      render();
    }, function (err) {
      statusEl.textContent = 'Sign-in failed: ' + err.message;
    });
  }

  document.getElementById('signin-form').addEventListener('submit', function (event) {
    event.preventDefault();
    if (credentialEl.value.trim()) signIn(schemeEl.value, credentialEl.value);
  });
  document.getElementById('signout-button').addEventListener('click', function () {
    sessionStorage.removeItem(KEY);
    credentialEl.value = '';
    devRoleEl.value = '';
    statusEl.textContent = describe('');
    render();
  });
  devRoleEl.addEventListener('change', function () {
    if (!devRoleEl.value) return;
    schemeEl.value = 'Bearer';
    credentialEl.value = devRoleEl.value;
    signIn('Bearer', devRoleEl.value);
  });

  Promise.all([
    fetch('/explorer/operations.json').then(function (r) { return r.json(); }),
    fetch('/explorer/dev-tokens.json').then(function (r) { return r.json(); }),
  ]).then(function (results) {
    operations = results[0];
    var tokens = results[1];
    tokens.forEach(function (t) {
      var option = document.createElement('option');
      option.value = t.token;
      option.textContent = t.label || t.role;
      devRoleEl.appendChild(option);
    });
    devRolesEl.hidden = tokens.length === 0;
    statusEl.textContent = describe(authorization());
    render();
  });
})();
