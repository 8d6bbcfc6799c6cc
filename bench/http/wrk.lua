-- wrk script for bench/http/run.sh. One scenario per run:
--
--   wrk -c 32 -t 2 -d 20s -s bench/http/wrk.lua http://127.0.0.1:PORT -- SCENARIO DATA_DIR RUN_LABEL
--
-- SCENARIO: transfers | user | posts | product | post
-- DATA_DIR holds what run.sh seeded through the API:
--   users.txt     one line per user: <userId> <accessToken> <accountId>,<accountId>,...
--   accounts.txt  every seeded account id, one a line (all EUR)
--   products.txt  every seeded product id, one a line
--   posts.txt     published post ids (page 0 of the listing), one a line
-- RUN_LABEL makes the Idempotency-Keys of this run unique (warm-up and measured runs differ).
--
-- Every request picks a random seeded user and uses that user's token:
--   transfers  POST /api/transfers from one of the user's accounts to any other seeded account,
--              0.01..1.00 EUR, a fresh Idempotency-Key per request (run label, thread, counter)
--   user       GET /api/users/{id} of that user (self)
--   posts      GET /api/posts?page=0&size=20 (anonymous)
--   product    GET /api/products/{id} of a random seeded product (anonymous)
--   post       GET /api/posts/{id} of a random published post (anonymous)
--
-- done() prints one machine-readable line that run.sh parses:
--   RESULT <scenario> <requests/s> <p50 ms> <p99 ms> <requests> <non-2xx> <socket errors> <status=count,...>
-- and the first non-2xx body seen, if any.

dofile("bench/http/wrk-report.lua")

local function lines(path)
   local result = {}
   local file = assert(io.open(path, "r"), "cannot read " .. path)
   for line in file:lines() do
      if line ~= "" then
         table.insert(result, line)
      end
   end
   file:close()
   return result
end

local function split(text, separator)
   local parts = {}
   for part in string.gmatch(text, "([^" .. separator .. "]+)") do
      table.insert(parts, part)
   end
   return parts
end

local users = {}     -- { id, auth header, accounts = {...} }
local accounts = {}
local products = {}
local posts = {}
local label, counter = "run", 0

function init(args)
   scenario = args[1]
   local dir = args[2]
   label = args[3] or "run"
   for _, line in ipairs(lines(dir .. "/users.txt")) do
      local fields = split(line, " ")
      table.insert(users, { id = fields[1], auth = "Bearer " .. fields[2], accounts = split(fields[3], ",") })
   end
   accounts = lines(dir .. "/accounts.txt")
   products = lines(dir .. "/products.txt")
   posts = lines(dir .. "/posts.txt")
   math.randomseed(os.time() * 100 + (tid or 0))
   for _ = 1, 10 do math.random() end
end

local function transfer()
   local user = users[math.random(#users)]
   local from = user.accounts[math.random(#user.accounts)]
   local to = from
   while to == from do
      to = accounts[math.random(#accounts)]
   end
   counter = counter + 1
   local body = string.format(
      '{"fromAccountId":"%s","toAccountId":"%s","amount":{"amount":"%d.%02d","currency":"EUR"}}',
      from, to, 0, math.random(1, 99))
   local headers = {
      ["Authorization"] = user.auth,
      ["Content-Type"] = "application/json",
      ["Idempotency-Key"] = string.format("bench-%s-%d-%d", label, tid or 0, counter),
   }
   return wrk.format("POST", "/api/transfers", headers, body)
end

local function get_user()
   local user = users[math.random(#users)]
   return wrk.format("GET", "/api/users/" .. user.id, { ["Authorization"] = user.auth })
end

local function get_posts()
   return wrk.format("GET", "/api/posts?page=0&size=20")
end

local function get_product()
   return wrk.format("GET", "/api/products/" .. products[math.random(#products)])
end

local function get_post()
   return wrk.format("GET", "/api/posts/" .. posts[math.random(#posts)])
end

function request()
   if scenario == "transfers" then
      return transfer()
   elseif scenario == "user" then
      return get_user()
   elseif scenario == "posts" then
      return get_posts()
   elseif scenario == "product" then
      return get_product()
   elseif scenario == "post" then
      return get_post()
   end
   error("unknown scenario " .. tostring(scenario))
end
