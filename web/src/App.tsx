import { lazy } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AuthProvider, useAuth, type AuthConfig } from './auth/AuthContext';
import { ROLE_HOME } from './auth/session';
import { LoginPage } from './auth/LoginPage';
import { Layout } from './Layout';

// Each role's screens load when first opened (one chunk per role, vite.config.ts): an AV never downloads
// the management dashboard, and the first page needs only the shell.
const AvHome = lazy(() => import('./screens/av/AvHome').then((m) => ({ default: m.AvHome })));
const EligibilityAndReferral = lazy(() =>
  import('./screens/av/EligibilityAndReferral').then((m) => ({ default: m.EligibilityAndReferral })),
);
const NonReferrals = lazy(() => import('./screens/av/NonReferrals').then((m) => ({ default: m.NonReferrals })));
const FmHome = lazy(() => import('./screens/fm/FmHome').then((m) => ({ default: m.FmHome })));
const CaseFile = lazy(() => import('./screens/fm/CaseFile').then((m) => ({ default: m.CaseFile })));
const TeamLead = lazy(() => import('./screens/tl/TeamLead').then((m) => ({ default: m.TeamLead })));
const ManagementDashboard = lazy(() =>
  import('./screens/management/ManagementDashboard').then((m) => ({ default: m.ManagementDashboard })),
);
const PolicyAdmin = lazy(() => import('./screens/admin/PolicyAdmin').then((m) => ({ default: m.PolicyAdmin })));
const JobcenterAdmin = lazy(() =>
  import('./screens/admin/JobcenterAdmin').then((m) => ({ default: m.JobcenterAdmin })),
);

function Home() {
  const { session, logout } = useAuth();
  if (!session) return <Navigate to="/anmeldung" replace />;
  const role = session.roles.find((r) => r !== 'PARTNER');
  if (!role) {
    // partner agencies work through their restricted API; a token without a staff role has no screens
    return (
      <main id="main" className="login">
        <h1>Lotse</h1>
        <div className="alert alert--info" role="status">
          Diese Oberfläche ist für Mitarbeitende des Jobcenters. Partner nutzen die Partner-Schnittstelle ihres
          Fachverfahrens; für Ihr Konto ist hier keine Rolle freigeschaltet.
        </div>
        <button type="button" className="button" onClick={() => logout()}>
          Abmelden
        </button>
      </main>
    );
  }
  return <Navigate to={ROLE_HOME[role]} replace />;
}

function Routed() {
  const { session } = useAuth();
  if (!session) {
    return (
      <Routes>
        <Route path="/anmeldung/*" element={<LoginPage />} />
        <Route path="*" element={<Navigate to="/anmeldung" replace />} />
      </Routes>
    );
  }
  return (
    <Routes>
      <Route path="/" element={<Home />} />
      <Route path="/anmeldung/*" element={<Home />} />
      <Route element={<Layout />}>
        <Route path="/av" element={<AvHome />} />
        <Route path="/av/zugangspruefung" element={<EligibilityAndReferral />} />
        <Route path="/av/nichtvormerkungen" element={<NonReferrals />} />
        <Route path="/fm" element={<FmHome />} />
        <Route path="/faelle/:caseId/*" element={<CaseFile />} />
        <Route path="/tl" element={<TeamLead />} />
        <Route path="/steuerung" element={<ManagementDashboard />} />
        <Route path="/admin" element={<PolicyAdmin />} />
        <Route path="/admin/jobcenter" element={<JobcenterAdmin />} />
        <Route path="*" element={<p>Diese Seite gibt es nicht.</p>} />
      </Route>
    </Routes>
  );
}

export function App({ config }: { config: AuthConfig }) {
  return (
    <BrowserRouter>
      <AuthProvider config={config}>
        <Routed />
      </AuthProvider>
    </BrowserRouter>
  );
}
