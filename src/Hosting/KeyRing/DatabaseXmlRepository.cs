using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Hosting.KeyRing;

/// <summary>
/// The Data Protection key ring in the portal database, so that every instance sharing the database reads and
/// writes the same keys (Microsoft.AspNetCore.DataProtection.EntityFrameworkCore does the same but does not restore
/// here). The framework's interface is synchronous; it is called rarely (key ring load and refresh, a new key).
/// </summary>
internal sealed class DatabaseXmlRepository(IDbContextFactory<PortalDbContext> dbFactory) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = dbFactory.CreateDbContext();
        var rows = db.Set<DataProtectionKeyRow>().AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList();
        return rows.Select(xml => XElement.Parse(xml)).ToList().AsReadOnly();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = dbFactory.CreateDbContext();
        db.Add(new DataProtectionKeyRow { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
