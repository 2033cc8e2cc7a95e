-- Shared by the wrk scripts of bench.sh: the bearer token (BENCH_TOKEN; none for the public reads) and, when BENCH_RATE
-- (requests a second over all connections) is set, a pause per connection that holds the load
-- near that rate, a little below it (wrk has no fixed-rate mode; wrk2 is not in Debian).
token = os.getenv("BENCH_TOKEN") or ""
headers = { ["Accept"] = "application/json" }
if token ~= "" then
  headers["Authorization"] = "Bearer " .. token
end
local rate = tonumber(os.getenv("BENCH_RATE") or "0")
local connections = tonumber(os.getenv("BENCH_CONNECTIONS") or "1")
local pause = 0
if rate > 0 then
  pause = math.floor(1000 * connections / rate)
end
-- A random pause around the mean: equal pauses kept the 8 connections in step, sending bursts of 8 at once.
function delay()
  return math.random(0, 2 * pause)
end
math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
