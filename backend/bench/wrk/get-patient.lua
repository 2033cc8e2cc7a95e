-- GET /patients/{id} of a random registered patient of the seed (ids grow with the row number n).
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local patients = tonumber(os.getenv("BENCH_PATIENTS"))
request = function()
  local n = math.random(1, patients)
  return wrk.format("GET", string.format("/api/v1/patients/%08x-000a-4000-8000-%012x", n, n), headers)
end
