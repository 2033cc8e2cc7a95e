-- GET /patients/{id} of a random registered patient of the seed (ids as seed-province.sql's uid: n, then n x 40503
-- written as 12 hex digits in two parts, as LuaJIT's %x takes 32 bits).
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local patients = tonumber(os.getenv("BENCH_PATIENTS"))
request = function()
  local n = math.random(1, patients)
  local m = n * 40503
  return wrk.format("GET", string.format("/api/v1/patients/%08x-000a-4000-8000-%04x%08x", n, math.floor(m / 4294967296),
                                         m % 4294967296), headers)
end
