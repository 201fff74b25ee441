#!/usr/bin/env lua
-- A small Lua module
--[[ multi-line
     comment ]]
--[==[ another ]] one ]==]
local M = {}
local count, ratio = 0, 3.14
local big = 1e10 + 0xFF + .5 + 2.
local s = [[long
string]]

function M.greet(name)
  if name == nil or name == "" then
    return "Hello, world!\n"
  elseif #name > 10 and not false then
    name = string.sub(name, 1, 10) .. "..."
  end
  return 'Hi, ' .. name .. '\'' .. "\65"
end

local function helper(t)
  for i, v in ipairs(t) do
    print(i, v)
    count = count + 1
  end
  while count ~= 0 do count = count - 1 end
  repeat count = count + 2 until count >= 4
  return setmetatable({}, { __index = t })
end

local f = function(x) return x * 2 % 3 ^ 2 end
local cleaned = text:gsub("%s+", " ")
local r = string.gsub(s, "[^%w]+(%d)$", "%1")
io.write(os.date("%Y"), math.floor(ratio), "\n")
table.insert(M, coroutine.create(f))
M.value = t.field.sub
return M
