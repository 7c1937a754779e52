using Portal.Sandbox.People.Lists;

namespace Portal.Sandbox.People;

/// <summary>The vehicles a person owns. Each VIN carries a scrambled (index, ordinal) in positions 7-8 and
/// 12-17, which makes every VIN unique (up to about 272 million people) and lets an emulator find a vehicle's
/// owner from the VIN alone.</summary>
internal static class Garage
{
    public const int MaxVehicles = 4;
    private const long Slots = 33L * 33 * 1_000_000; // two VIN characters times a six-digit serial
    private const long Multiplier = 982_451_653; // prime, so coprime with Slots: the map below is a bijection
    private static readonly long InverseMultiplier = InverseModulo(Multiplier, Slots);

    public static SandboxVehicle[] Draw(int seed, int index)
    {
        var rng = new SandboxRandom(seed, index, Salts.Vehicles);
        var u = rng.NextDouble();
        var count = u < 0.15 ? 0 : u < 0.65 ? 1 : u < 0.92 ? 2 : 3;
        if (count == 0)
        {
            return [];
        }
        var vehicles = new SandboxVehicle[count];
        for (var ordinal = 0; ordinal < count; ordinal++)
        {
            vehicles[ordinal] = Vehicle(ref rng, seed, index, ordinal);
        }
        return vehicles;
    }

    /// <summary>Reads the (index, ordinal) a VIN from this population encodes; the caller confirms it.</summary>
    public static bool TryDecode(int seed, string vin, out int index, out int ordinal)
    {
        (index, ordinal) = (-1, -1);
        if (!VinGenerator.IsValid(vin) || !int.TryParse(vin.AsSpan(11, 6), out var serial))
        {
            return false;
        }
        var high = VinGenerator.Alphabet.IndexOf(vin[6]) * 33 + VinGenerator.Alphabet.IndexOf(vin[7]);
        var scrambled = high * 1_000_000L + serial;
        var slot = (scrambled - Offset(seed) + Slots) % Slots * InverseMultiplier % Slots;
        index = (int)Math.Min(int.MaxValue, slot / MaxVehicles);
        ordinal = (int)(slot % MaxVehicles);
        return true;
    }

    private static SandboxVehicle Vehicle(ref SandboxRandom rng, int seed, int index, int ordinal)
    {
        var model = rng.PickSkewed(VehicleModels.All);
        var newest = SandboxClock.Today.Year + 1;
        var year = Math.Max(model.FirstYear, newest - rng.Next(10) - rng.Next(9));
        var slot = ((long)index * MaxVehicles + ordinal) % Slots;
        var scrambled = (slot * Multiplier % Slots + Offset(seed)) % Slots;
        var high = (int)(scrambled / 1_000_000);
        Span<char> descriptor = [model.Line[0], model.Line[1], model.Line[2],
            VinGenerator.Alphabet[high / 33], VinGenerator.Alphabet[high % 33]];
        var plant = model.Plants[rng.Next(model.Plants.Length)];
        var vin = VinGenerator.Create(model.Wmi, descriptor, year, plant, (int)(scrambled % 1_000_000));
        return new SandboxVehicle(vin, year, model.Make, model.Model, rng.Pick(model.Trims), model.BodyStyle,
            rng.Pick(model.Engines), rng.PickSkewed(VehicleModels.Colors));
    }

    private static long Offset(int seed) => (long)(SandboxRandom.Mix((ulong)(uint)seed ^ 0x5EED) % Slots);

    private static long InverseModulo(long value, long modulus)
    {
        // Extended Euclid: finds x with value * x = 1 (mod modulus).
        (long r0, long r1, long x0, long x1) = (modulus, value % modulus, 0, 1);
        while (r1 != 0)
        {
            var q = r0 / r1;
            (r0, r1) = (r1, r0 - q * r1);
            (x0, x1) = (x1, x0 - q * x1);
        }
        return (x0 % modulus + modulus) % modulus;
    }
}
