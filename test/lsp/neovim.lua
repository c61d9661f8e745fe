-- Drives Neovim's built-in LSP client (0.7+) against the built server. Arguments come from the
-- environment: DISCLOSURE_SERVER (server.cjs), DISCLOSURE_FILE (document), DISCLOSURE_OUT (JSON result),
-- DISCLOSURE_HOVER_LINE / DISCLOSURE_HOVER_CHAR (0-based, UTF-16) for one hover.
local server = os.getenv('DISCLOSURE_SERVER')
local file = os.getenv('DISCLOSURE_FILE')
local out = os.getenv('DISCLOSURE_OUT')
local hover_line = tonumber(os.getenv('DISCLOSURE_HOVER_LINE'))
local hover_char = tonumber(os.getenv('DISCLOSURE_HOVER_CHAR'))
local result = { diagnostics = {}, hover = vim.NIL, error = vim.NIL }

local function finish()
  local handle = io.open(out, 'w')
  handle:write(vim.fn.json_encode(result))
  handle:close()
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'disclosure'
  local client_id = vim.lsp.start_client({
    name = 'disclosure',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
  })
  assert(client_id, 'start_client failed')
  vim.lsp.buf_attach_client(buf, client_id)
  vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local code = d.code
    if code == nil and d.user_data and d.user_data.lsp then code = d.user_data.lsp.code end
    table.insert(result.diagnostics, { line = d.lnum, col = d.col, severity = d.severity, message = d.message, source = d.source, code = code })
  end
  local client = vim.lsp.get_client_by_id(client_id)
  local response = client.request_sync('textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = { line = hover_line, character = hover_char },
  }, 10000, buf)
  if response and response.result then result.hover = response.result end
end)
if not ok then result.error = tostring(err) end
finish()
