[assembly: AssemblyFixture(typeof(Pendulum.Web.Tests.SharedStore))]
