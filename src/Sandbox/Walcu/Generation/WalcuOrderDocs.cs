using System.Globalization;
using System.Text.Json.Nodes;
using static Portal.Sandbox.Walcu.Generation.WalcuDocParts;

namespace Portal.Sandbox.Walcu.Generation;

/// <summary>Repair orders (on the client's vehicles) and offers (on the client's sale leads).</summary>
internal static class WalcuOrderDocs
{
    private static readonly (string Type, string Job, string Category, decimal Labor, string Part, decimal PartPrice)[] Work =
    [
        ("maintenance", "Oil and filter change", "maintenance", 45m, "Oil filter", 12.5m),
        ("maintenance", "Multi-point inspection", "maintenance", 60m, "Cabin air filter", 24m),
        ("repair", "Replace front brake pads", "brakes", 140m, "Brake pad set", 89m),
        ("repair", "Replace battery", "electrical", 40m, "12V battery", 179m),
        ("warranty", "Software update (recall)", "recall", 0m, "None", 0m),
        ("tires", "Mount and balance four tires", "tires", 100m, "All-season tire", 640m),
    ];

    private static readonly string[] OfferStatuses = ["draft", "finalized", "sent", "signed", "rejected"];

    public static JsonObject RepairOrder(WalcuPlan plan, int k)
    {
        var c = WalcuCollection.RepairOrders;
        var rng = plan.Random(WalcuOrdinals.Of(c, k));
        var v = plan.VehicleOfRepairOrder(k);
        var vehicle = plan.Person.Vehicles[v];
        var (created, updated) = Lifetime(plan, ref rng);
        var work = rng.Pick(Work);
        var finished = rng.Chance(0.85);
        var total = work.Labor + work.PartPrice;
        var part = new JsonObject { ["part_id"] = "P" + rng.Next(10_000, 99_999).ToString(CultureInfo.InvariantCulture), ["part_description"] = work.Part, ["price"] = work.PartPrice, ["_id"] = plan.Id(c, k, 1) };
        var labor = new JsonObject { ["labor_id"] = "L" + rng.Next(100, 999).ToString(CultureInfo.InvariantCulture), ["description"] = work.Job, ["price"] = work.Labor, ["_id"] = plan.Id(c, k, 2) };
        var job = new JsonObject { ["description"] = work.Job, ["category"] = work.Category, ["parts"] = new JsonArray(part), ["labors"] = new JsonArray(labor), ["_id"] = plan.Id(c, k, 3) };
        var order = new JsonObject
        {
            ["repair_order_number"] = "RO-" + (100_000 + (long)plan.Index * 31 + k).ToString(CultureInfo.InvariantCulture),
            ["date"] = Iso(created),
            ["mileage"] = rng.Next(5_000, 120_000),
            ["invoices"] = finished
                ? new JsonArray(new JsonObject { ["invoice_number"] = "INV-" + rng.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture), ["price"] = total, ["jobs"] = new JsonArray(job), ["_id"] = plan.Id(c, k, 4) })
                : new JsonArray(),
            ["client_id"] = plan.ClientId,
            ["contact_id"] = plan.ContactId,
            ["type"] = work.Type,
            ["finished"] = finished,
            ["vehicle_handed_back"] = finished,
            ["car_info"] = new JsonObject { ["vin"] = vehicle.Vin, ["license_plate"] = null, ["_id"] = plan.Id(c, k, 5) },
            ["location"] = "Service center",
            ["computed"] = new JsonObject
            {
                ["vehicle"] = new JsonArray(new JsonObject { ["model_year"] = vehicle.Year, ["year"] = vehicle.Year, ["make"] = vehicle.Make, ["model"] = vehicle.Model, ["_id"] = plan.Id(c, k, 6) }),
                ["_id"] = plan.Id(c, k, 7),
            },
        };
        return Common(order, plan.Id(c, k), created, updated, finished ? 2 : 1, Staff(plan, ref rng));
    }

    public static JsonObject Offer(WalcuPlan plan, int k)
    {
        var c = WalcuCollection.Offers;
        var rng = plan.Random(WalcuOrdinals.Of(c, k));
        var (created, updated) = Lifetime(plan, ref rng);
        var creator = Staff(plan, ref rng);
        var offer = new JsonObject
        {
            ["status"] = rng.Pick(OfferStatuses),
            ["created_by"] = creator,
            ["lead_id"] = plan.Id(WalcuCollection.SaleLeads, plan.LeadOfOffer(k)),
            ["client_id"] = plan.ClientId,
            ["lead_type"] = "salelead",
            ["options"] = new JsonObject { ["locale"] = "en-US", ["timezone"] = "America/New_York", ["auto_finalize"] = false, ["signature_provider"] = "signaturit", ["_id"] = plan.Id(c, k, 1) },
            ["signature_data"] = new JsonObject
            {
                ["signaturit"] = new JsonObject { ["name"] = $"{plan.View.FirstName} {plan.View.LastName}", ["email"] = plan.View.Email, ["_id"] = plan.Id(c, k, 2) },
                ["_id"] = plan.Id(c, k, 3),
            },
            ["template_id"] = plan.World.Id(0, WalcuOrdinals.Staff + 100),
            ["replacement_ids"] = new JsonObject(),
            ["replaced_values"] = new JsonArray(),
            ["bulk_import_ids"] = new JsonArray(),
            ["lead_import_ids"] = new JsonArray(),
            ["computed"] = new JsonObject { ["lead_location"] = "Main showroom", ["_id"] = plan.Id(c, k, 4) },
        };
        return Common(offer, plan.Id(c, k), created, updated, rng.Next(3), creator);
    }
}
