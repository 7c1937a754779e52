using System.Text.Json.Nodes;
using Portal.Sandbox.People;
using static Portal.Sandbox.Walcu.Generation.WalcuDocParts;

namespace Portal.Sandbox.Walcu.Generation;

/// <summary>Sale leads (about a stock car, with the same-numbered car) and after-sale leads (about a client vehicle).</summary>
internal static class WalcuLeadDocs
{
    private static readonly string[] SaleStatuses = ["new", "contacted", "appointment", "negotiation", "won", "lost"];
    private static readonly string[] ServiceStatuses = ["new", "scheduled", "done", "lost"];
    private static readonly string[] Sources = ["website", "walk-in", "phone", "cars.com", "autotrader"];
    private static readonly string[] ServiceInquiries = ["Oil change and inspection", "Brake noise when stopping", "Tire rotation", "Check engine light", "Recall campaign"];

    public static JsonObject SaleLead(WalcuPlan plan, int k)
    {
        var car = WalcuVehicleDocs.Car(plan, k);
        var lead = Lead(plan, WalcuCollection.SaleLeads, k, SaleStatuses, $"Interested in the {car["description"]}", out var rng);
        var c = WalcuCollection.SaleLeads;
        lead["type"] = car["type"]?.GetValue<string>() == "new" ? "new_car" : "used_car";
        lead["car_list"] = new JsonArray(new JsonObject
        {
            ["car"] = new JsonObject
            {
                ["make"] = car["make"]?.DeepClone(),
                ["model"] = car["model"]?.DeepClone(),
                ["model_year"] = car["model_year"]?.DeepClone(),
                ["version"] = car["version"]?.DeepClone(),
                ["vin"] = car["vin"]?.DeepClone(),
                ["stock_number"] = car["stock_number"]?.DeepClone(),
                ["type"] = car["type"]?.DeepClone(),
                ["category"] = car["category"]?.DeepClone(),
                ["price"] = car["computed"]?["price"]?.DeepClone(),
                ["_id"] = plan.Id(c, k, 10),
            },
            ["car_id"] = car["_id"]?.DeepClone(),
        });
        lead["finance"] = rng.Chance(0.4) ? new JsonObject
        {
            ["rate"] = 4.9 + rng.Next(0, 40) / 10.0,
            ["period_unit"] = "month",
            ["duration"] = rng.Pick([36, 48, 60, 72]),
            ["payment_value"] = rng.Next(300, 900),
            ["down_payment"] = rng.Next(0, 10) * 1000,
            ["finance_type"] = "loan",
            ["_id"] = plan.Id(c, k, 11),
        } : null;
        lead["computed"] = new JsonObject
        {
            ["car_id"] = car["_id"]?.DeepClone(),
            ["car_make"] = car["make"]?.DeepClone(),
            ["car_model"] = car["model"]?.DeepClone(),
            ["car_vin"] = car["vin"]?.DeepClone(),
            ["car_year"] = car["year"]?.DeepClone(),
            ["number_of_offers"] = plan.OfferOnLead[k] ? 1 : 0,
            ["_id"] = plan.Id(c, k, 12),
        };
        return lead;
    }

    public static JsonObject AfterSaleLead(WalcuPlan plan, int k)
    {
        var c = WalcuCollection.AfterSaleLeads;
        var rngForInquiry = plan.Random(WalcuOrdinals.Of(c, k) + 1);
        var lead = Lead(plan, c, k, ServiceStatuses, rngForInquiry.Pick(ServiceInquiries), out _);
        lead["type"] = "service";
        lead["vehicle_id"] = plan.Id(WalcuCollection.ClientVehicles, k % plan.Vehicles);
        var vehicle = plan.Person.Vehicles[k % plan.Vehicles];
        lead["computed"] = new JsonObject
        {
            ["vehicle"] = new JsonArray(new JsonObject { ["make"] = vehicle.Make, ["model"] = vehicle.Model, ["vin"] = vehicle.Vin, ["year"] = vehicle.Year }),
            ["_id"] = plan.Id(c, k, 12),
        };
        return lead;
    }

    private static JsonObject Lead(WalcuPlan plan, WalcuCollection c, int k, string[] statuses, string inquiry, out SandboxRandom rng)
    {
        rng = plan.Random(WalcuOrdinals.Of(c, k));
        var (created, updated) = Lifetime(plan, ref rng);
        var (creator, owner) = (Staff(plan, ref rng), Staff(plan, ref rng));
        var lead = new JsonObject
        {
            ["status"] = Status(rng.Pick(statuses), updated, owner, plan.Id(c, k, 1)),
            ["status_history"] = new JsonArray(StatusHistory("new", created, creator, plan.Id(c, k, 2))),
            ["bulk_import_ids"] = new JsonArray(),
            ["lead_import_ids"] = new JsonArray(),
            ["links"] = new JsonArray(),
            ["origin"] = new JsonObject { ["source"] = rng.Pick(Sources), ["medium"] = "organic", ["campaign"] = null, ["_id"] = plan.Id(c, k, 3) },
            ["inquiry"] = inquiry,
            ["location"] = Location(ref rng),
            ["assigned"] = new JsonArray(Assignment(owner, created, creator, plan.Id(c, k, 4))),
            ["current_assigned"] = Assignment(owner, created, creator, plan.Id(c, k, 5)),
            ["created_by"] = creator,
            ["client_id"] = plan.ClientId,
            ["investments"] = new JsonArray(),
        };
        return Common(lead, plan.Id(c, k), created, updated, rng.Next(4), owner);
    }
}
