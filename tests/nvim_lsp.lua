-- Neovim (0.7+), headless: attach empathy-lint-lsp to a draft, read diagnostics, hover, apply the preferred fix.
-- Run by tests/test_lsp.py::test_neovim_headless when nvim is installed.
local out = {}
local function log(s) table.insert(out, s) end
vim.cmd("edit " .. vim.env.EL_DRAFT)
local bufnr = vim.api.nvim_get_current_buf()
local id = vim.lsp.start_client({
  name = "empathy-lint",
  cmd = { vim.env.EL_PYTHON or "python", "-m", "linter.lsp" },
  cmd_env = { PYTHONPATH = vim.env.EL_ROOT },
  root_dir = vim.fn.fnamemodify(vim.env.EL_DRAFT, ":h"),
})
vim.lsp.buf_attach_client(bufnr, id)
local ok = vim.wait(60000, function() return #vim.diagnostic.get(bufnr) > 0 end, 100)
log("diagnostics arrived: " .. tostring(ok))
local client = vim.lsp.get_client_by_id(id)
log("offset encoding: " .. tostring(client.offset_encoding))
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1]
  log(string.format("%s %d:%d-%d:%d %q", d.code or d.user_data and d.user_data.lsp.code or "?", d.lnum, d.col, d.end_lnum, d.end_col, line:sub(d.col + 1, d.end_col)))
end
-- hover and code action on the "but"
local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = 1, character = 36 } }
local h = vim.lsp.buf_request_sync(bufnr, "textDocument/hover", params, 20000)
for _, r in pairs(h or {}) do log("hover: " .. (r.result and r.result.contents.value:sub(1, 80) or "nil")) end
local ca = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", {
  textDocument = params.textDocument,
  range = { start = { line = 1, character = 35 }, ["end"] = { line = 1, character = 38 } },
  context = { diagnostics = {} },
}, 20000)
for _, r in pairs(ca or {}) do
  for _, a in ipairs(r.result or {}) do
    log("action: " .. a.title)
    if a.isPreferred then vim.lsp.util.apply_workspace_edit(a.edit, client.offset_encoding) end
  end
end
log("line 2 after the preferred fix: " .. vim.api.nvim_buf_get_lines(bufnr, 1, 2, false)[1])
vim.wait(5000, function() for _, d in ipairs(vim.diagnostic.get(bufnr)) do if d.code == "but-bridge" then return false end end return true end, 100)
local left = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do table.insert(left, tostring(d.code)) end
log("diagnostics after the edit: " .. table.concat(left, ","))
vim.fn.writefile(out, vim.env.EL_RESULT)
vim.lsp.stop_client(id)
vim.wait(3000, function() return vim.lsp.get_client_by_id(id) == nil end, 100)
vim.cmd("qall!")
