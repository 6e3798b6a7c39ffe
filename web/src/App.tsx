import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AuthProvider, useAuth, type AuthConfig } from './auth/AuthContext';
import { ROLE_HOME } from './auth/session';
import { LoginPage } from './auth/LoginPage';
import { Layout } from './Layout';
import { AvHome } from './screens/av/AvHome';
import { EligibilityAndReferral } from './screens/av/EligibilityAndReferral';
import { NonReferrals } from './screens/av/NonReferrals';
import { FmHome } from './screens/fm/FmHome';
import { CaseFile } from './screens/fm/CaseFile';
import { TeamLead } from './screens/tl/TeamLead';
import { ManagementDashboard } from './screens/management/ManagementDashboard';
import { PolicyAdmin } from './screens/admin/PolicyAdmin';
import { JobcenterAdmin } from './screens/admin/JobcenterAdmin';

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
