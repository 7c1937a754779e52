using System.Globalization;
using System.Text.Json.Nodes;
using Portal.Sandbox.People;
using static Portal.Sandbox.Walcu.Generation.WalcuDocParts;

namespace Portal.Sandbox.Walcu.Generation;

/// <summary>Client vehicles (the person's own vehicles, same VINs as everywhere) and stock cars (what sale leads are about).</summary>
internal static class WalcuVehicleDocs
{
    public static JsonObject ClientVehicle(WalcuPlan plan, int k)
    {
        var vehicle = plan.Person.Vehicles[k];
        var c = WalcuCollection.ClientVehicles;
        var rng = plan.Random(WalcuOrdinals.Of(c, k));
        var (created, updated) = Lifetime(plan, ref rng);
        var mileage = Mileage(ref rng, vehicle.Year);
        var doc = Description(vehicle.Vin, vehicle.Year, vehicle.Make, vehicle.Model, vehicle.Trim, vehicle.BodyStyle, vehicle.Engine, vehicle.Color, mileage);
        doc["license_plate"] = Plate(ref rng);
        doc["type"] = "used";
        doc["owner_history"] = new JsonArray(Holder(plan, created, plan.Id(c, k, 1)));
        doc["driver_history"] = new JsonArray(Holder(plan, created, plan.Id(c, k, 2)));
        doc["declared_mileage_history"] = new JsonArray(new JsonObject { ["date"] = Iso(updated), ["mileage"] = mileage, ["_id"] = plan.Id(c, k, 3) });
        doc["bulk_import_ids"] = new JsonArray();
        doc["lead_import_ids"] = new JsonArray();
        doc["computed"] = new JsonObject
        {
            ["average_yearly_mileage"] = mileage / Math.Max(1, SandboxClock.Now.Year - vehicle.Year),
            ["number_of_orders"] = Enumerable.Range(0, plan.RepairOrders).Count(r => plan.VehicleOfRepairOrder(r) == k),
            ["_id"] = plan.Id(c, k, 4),
        };
        return Common(doc, plan.Id(c, k), created, updated, rng.Next(3), Staff(plan, ref rng));
    }

    public static JsonObject Car(WalcuPlan plan, int k)
    {
        var c = WalcuCollection.Cars;
        var rng = plan.Random(WalcuOrdinals.Of(c, k));
        var stock = WalcuStock.Pick(ref rng);
        var year = SandboxClock.Now.Year - rng.Next(4);
        var used = year < SandboxClock.Now.Year;
        var (created, updated) = Lifetime(plan, ref rng);
        var doc = Description(VinGenerator.Create(ref rng, year, stock.Wmi), year, stock.Make, stock.Model, rng.Pick(stock.Trims),
            stock.BodyStyle, stock.Engine, rng.Pick(WalcuStock.Colors), used ? Mileage(ref rng, year) : rng.Next(5, 60));
        var staff = Staff(plan, ref rng);
        var price = stock.BasePrice * (used ? 0.8m : 1m) + rng.Next(0, 40) * 250m;
        doc["type"] = used ? "used" : "new";
        doc["stock_number"] = "STK" + rng.Next(10_000, 99_999).ToString(CultureInfo.InvariantCulture);
        doc["source"] = "inventory";
        doc["published"] = true;
        doc["description"] = $"{year} {stock.Make} {stock.Model}";
        doc["purchase_date"] = Iso(created);
        doc["status"] = Status(rng.Pick(["available", "reserved", "sold"]), updated, staff, plan.Id(c, k, 1));
        doc["status_history"] = new JsonArray(StatusHistory("available", created, staff, plan.Id(c, k, 2)));
        doc["prices"] = new JsonObject
        {
            ["retail"] = new JsonObject
            {
                ["source"] = "dealer",
                ["current_price"] = new JsonObject { ["price"] = price, ["currency"] = "USD", ["vat_substractable"] = false, ["vat_percent"] = 0, ["created_at"] = Iso(created), ["_id"] = plan.Id(c, k, 3) },
                ["previous_prices"] = new JsonArray(),
                ["_id"] = plan.Id(c, k, 4),
            },
            ["_id"] = plan.Id(c, k, 5),
        };
        doc["computed"] = new JsonObject { ["car_number_of_saleleads"] = 1, ["price"] = price, ["_id"] = plan.Id(c, k, 6) };
        return Common(doc, plan.Id(c, k), created, updated, rng.Next(3), staff);
    }

    /// <summary>The vehicle description fields cars and client vehicles share.</summary>
    public static JsonObject Description(string vin, int year, string make, string model, string trim, string bodyStyle, string engine, string color, long mileage) => new()
    {
        ["make"] = make,
        ["model"] = model,
        ["model_year"] = year,
        ["version"] = trim,
        ["mileage"] = mileage,
        ["year"] = year,
        ["vin"] = vin,
        ["fuel"] = engine.Contains("Electric", StringComparison.OrdinalIgnoreCase) ? "electric"
            : engine.Contains("Hybrid", StringComparison.OrdinalIgnoreCase) ? "hybrid"
            : engine.Contains("Diesel", StringComparison.OrdinalIgnoreCase) ? "diesel" : "gasoline",
        ["transmission"] = "automatic",
        ["doors"] = bodyStyle.Contains("Coupe", StringComparison.OrdinalIgnoreCase) ? 2 : 4,
        ["seats"] = bodyStyle.Contains("SUV", StringComparison.OrdinalIgnoreCase) ? 7 : 5,
        ["body_style"] = bodyStyle,
        ["color"] = color,
        ["engine_size"] = double.TryParse(engine.Split('L')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var litres) ? litres : null,
        ["category"] = bodyStyle.Contains("Pickup", StringComparison.OrdinalIgnoreCase) ? "truck"
            : bodyStyle.Contains("Van", StringComparison.OrdinalIgnoreCase) ? "van" : "car",
        ["images"] = new JsonArray(),
        ["extras"] = new JsonArray(),
        ["equipment"] = new JsonArray(),
        ["external_ids"] = new JsonArray(),
        ["ad_urls"] = new JsonArray(),
    };

    private static JsonObject Holder(WalcuPlan plan, DateTimeOffset from, string id) => new()
    {
        ["client_id"] = plan.ClientId,
        ["contact_id"] = plan.ContactId,
        ["from_date"] = Iso(from),
        ["to_date"] = null,
        ["_id"] = id,
    };

    private static long Mileage(ref SandboxRandom rng, int year) => Math.Max(1, SandboxClock.Now.Year - year) * (long)rng.Next(6_000, 16_000);

    private static string Plate(ref SandboxRandom rng)
    {
        const string letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
        return string.Create(7, rng.NextUInt64(), static (chars, bits) =>
        {
            chars[0] = (char)('1' + (int)(bits % 9));
            for (var i = 1; i < 4; i++)
            {
                chars[i] = letters[(int)((bits >> (i * 8)) % (ulong)letters.Length)];
            }
            for (var i = 4; i < 7; i++)
            {
                chars[i] = (char)('0' + (int)((bits >> (i * 8)) % 10));
            }
        });
    }
}
