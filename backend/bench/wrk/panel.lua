-- GET /providers/{id}/panel: a random page of 20 of the provider's panel.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local provider = os.getenv("BENCH_PROVIDER")
local pages = tonumber(os.getenv("BENCH_PANEL_PAGES"))
request = function()
  return wrk.format("GET", "/api/v1/providers/" .. provider .. "/panel?size=20&page=" .. math.random(0, pages - 1), headers)
end
